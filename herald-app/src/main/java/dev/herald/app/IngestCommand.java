package dev.herald.app;

import dev.herald.analyze.Analysis;
import dev.herald.batch.BatchConfig;
import dev.herald.batch.BatchSummary;
import dev.herald.record.ArticleRecord;
import dev.herald.store.AddResult;
import dev.herald.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code herald ingest}: analyzes inputs as {@code analyze} does (same inputs, options, threads,
 * failures and progress) and adds each record to a store. Records go through the store's steps
 * (duplicate detection) in input order, so the same corpus gives the same store every time, and
 * are committed in batches: after a crash the store holds every article of the last commit, and
 * {@code --stored-log} lists exactly those. Rerunning skips what is stored and adds the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyze news articles as 'analyze' does and add their records to a store (created when"
                + " missing); articles already stored are skipped, near-duplicates are marked.")
final class IngestCommand implements Callable<Integer> {
    /** A commit at least this often while records come in, so a crash loses little work. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(30);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "the store's directory (created when missing; refused when it holds something else)")
    Path store;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
            description = "commit after this many new records, and at least every 30s (default: ${DEFAULT-VALUE})")
    int commitEvery;

    @Option(names = "--stored-log", paramLabel = "FILE",
            description = "append the id of every record to FILE once it is committed (durable)")
    Path storedLog;

    @Override
    public Integer call() throws Exception {
        if (commitEvery < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be 1 or more, not " + commitEvery);
        }
        return StoreErrors.run(System.err, this::ingest);
    }

    private int ingest() throws IOException {
        IngestTally tally = new IngestTally();
        BatchSummary summary;
        try (ArticleStore s = ArticleStore.openWriter(store); StoredLog log = StoredLog.open(storedLog)) {
            Committer committer = new Committer(s, log, commitEvery, COMMIT_INTERVAL);
            // An article stored by an earlier run is known by its id once cleaned: it is not analyzed again.
            summary = corpus.run(spec, "ingest", BatchConfig.Order.INPUT, s::containsCommitted,
                    known -> tally.alreadyPresent++, (analyzed, failures) -> {
                AddResult r;
                try {
                    r = s.add(ArticleRecord.of(analyzed.article()));
                } catch (IllegalArgumentException e) {
                    failures.accept(new Analysis.Failed(analyzed.path(), "cannot be stored: " + e.getMessage()));
                    tally.unstorable++;
                    return;
                }
                tally.count(r);
                if (r.stored()) {
                    committer.added(r.id());
                }
            });
            committer.commit();
        }
        System.err.println("herald: ingest: " + tally.summary(summary));
        return summary.failed() + tally.unstorable == 0 ? 0 : 1;
    }

    /** Counts what became of the analyzed articles. */
    static final class IngestTally {
        long added;
        long alreadyPresent;
        long duplicates;
        long unstorable;

        void count(AddResult r) {
            switch (r.status()) {
                case ADDED -> added++;
                case ALREADY_PRESENT -> alreadyPresent++;
                case DUPLICATE -> duplicates++;
            }
        }

        String summary(BatchSummary batch) {
            return added + " added, " + alreadyPresent + " already present, " + duplicates + " duplicates, "
                    + (batch.failed() + unstorable) + " failed (" + batch.total() + " inputs in "
                    + batch.elapsed().toSeconds() + "s)";
        }
    }
}
