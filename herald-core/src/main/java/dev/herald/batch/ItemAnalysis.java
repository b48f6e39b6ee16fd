package dev.herald.batch;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.Hints;
import dev.herald.ingest.ReadResult;
import dev.herald.model.InputFormat;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Herald's analysis of one batch item: a file is read by the analyzer's reader, content taken out
 * of a container is decoded the same way, a broken entry fails with its reason.
 *
 * <p>Thread-safe, and shared by all the threads of a batch: the {@link Analyzer} is built once (one
 * copy of the CoreNLP models, one pipeline) and its reader, cleaners and stages are stateless.
 */
public final class ItemAnalysis implements Function<BatchItem, Analysis> {
    private final Analyzer analyzer;
    private final InputFormat fileFormat;
    private final Hints hints;
    private final Predicate<String> known;

    /**
     * @param analyzer   the analyzer, shared
     * @param fileFormat how files are read ({@code --input-format})
     * @param hints      the user's hints; an item's own hints win over them
     */
    public ItemAnalysis(Analyzer analyzer, InputFormat fileFormat, Hints hints) {
        this(analyzer, fileFormat, hints, id -> false);
    }

    /**
     * @param known accepts the ids the caller already has: those articles are cleaned but not
     *              analyzed ({@link Analysis.Known}); called from every thread of the batch
     */
    public ItemAnalysis(Analyzer analyzer, InputFormat fileFormat, Hints hints, Predicate<String> known) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.fileFormat = Objects.requireNonNull(fileFormat, "fileFormat");
        this.hints = Objects.requireNonNull(hints, "hints");
        this.known = Objects.requireNonNull(known, "known");
    }

    @Override
    public Analysis apply(BatchItem item) {
        if (item instanceof BatchItem.File f) {
            return analyzer.analyze(f.path(), fileFormat, hints, known);
        }
        if (item instanceof BatchItem.Content c) {
            ReadResult read = analyzer.reader().read(c.source(), new ByteArrayInputStream(c.bytes()), c.format());
            return analyzer.analyze(read, c.hints().orElse(hints), known);
        }
        BatchItem.Broken b = (BatchItem.Broken) item;
        return new Analysis.Failed(b.source(), b.reason());
    }
}
