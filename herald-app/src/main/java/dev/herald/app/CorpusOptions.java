package dev.herald.app;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.batch.BatchConfig;
import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import dev.herald.batch.BatchRunner;
import dev.herald.batch.BatchSummary;
import dev.herald.batch.ItemAnalysis;
import dev.herald.ingest.IngestConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What commands that analyze a corpus share ({@code analyze}, {@code ingest}): the inputs, how to
 * read and analyze them, threads and time limit, failures and progress, and the run itself. A
 * command only says what becomes of each analyzed article.
 */
final class CorpusOptions {

    @CommandLine.Mixin
    AnalysisOptions analysis;

    @CommandLine.Mixin
    BatchOptions batch;

    @Option(names = "--failures", paramLabel = "FILE",
            description = "also write each failure as a JSON line {\"source\", \"reason\"} to FILE")
    Path failuresFile;

    @Option(names = "--progress", negatable = true,
            description = "show progress on standard error (default: when it is a terminal)")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "files, directories, .jsonl or .warc files, or - for standard input")
    List<String> files;

    /** The outcome of each input, as the run hands it on. */
    interface Sink {
        /** Takes one analyzed article; may report a failure of its own through {@code failures}. */
        void analyzed(Analysis.Analyzed analyzed, Failures failures);
    }

    /** Takes one article that was read and cleaned but not analyzed, since its id was known. */
    interface KnownSink {
        void known(Analysis.Known known);
    }

    /** Reports a failure of one input, above the progress bar. */
    interface Failures extends Consumer<Analysis.Failed> {
    }

    /**
     * Analyzes every input on the batch's threads and hands each article to {@code sink}, in
     * {@code order}; failures are reported on standard error (and in {@code --failures}).
     */
    BatchSummary run(CommandLine.Model.CommandSpec spec, String task, BatchConfig.Order order, Sink sink) {
        return run(spec, task, order, id -> false, k -> {
        }, sink);
    }

    /**
     * As {@link #run(CommandLine.Model.CommandSpec, String, BatchConfig.Order, Sink)}, except that an
     * article whose id {@code known} accepts (asked after cleaning, from every thread) is not
     * analyzed and goes to {@code knownSink} instead, in its place in {@code order}.
     */
    BatchSummary run(CommandLine.Model.CommandSpec spec, String task, BatchConfig.Order order,
                     java.util.function.Predicate<String> known, KnownSink knownSink, Sink sink) {
        BatchConfig config = batch.config(spec).withOrder(order);
        AnalyzerConfig analyzerConfig = analysis.analyzerConfig();
        IngestConfig ingest = analyzerConfig.ingest();
        FailureLog failures = openFailureLog(spec);
        Analyzer analyzer = new Analyzer(analyzerConfig);
        Hints hints = analysis.hints();
        try (failures; ProgressDisplay display = display(task, ingest)) {
            Failures report = f -> failures.report(f, display);
            Consumer<Path> skipped = path -> System.err.println(display.aboveBar("herald: " + path
                    + ": skipped: a corpus document (README, LICENSE, ...), not an article; name the file to read it"));
            return new BatchRunner(config, new ItemAnalysis(analyzer, analysis.inputFormat(), hints, known))
                    .run(items(ingest, false, skipped), analysis -> {
                        display.done(analysis);
                        if (analysis instanceof Analysis.Analyzed a) {
                            sink.analyzed(a, report);
                        } else if (analysis instanceof Analysis.Known k) {
                            knownSink.known(k);
                        } else if (analysis instanceof Analysis.Failed f) {
                            report.accept(f);
                        }
                    });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot close the failures file: " + e.getMessage(), e);
        }
    }

    private FailureLog openFailureLog(CommandLine.Model.CommandSpec spec) {
        try {
            return FailureLog.open(System.err, Optional.ofNullable(failuresFile));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot write the failures file " + failuresFile + ": " + e.getMessage());
        }
    }

    private ProgressDisplay display(String task, IngestConfig ingest) {
        boolean show = progress != null ? progress : ProgressDisplay.stderrIsTerminal();
        return show ? ProgressDisplay.start(System.err, task, () -> items(ingest, true, path -> {
        })) : ProgressDisplay.none();
    }

    /** {@return true when the inputs may give more than one record} */
    boolean several() {
        return files.size() > 1 || !files.get(0).equals("-")
                && BatchInputs.kindOf(Path.of(files.get(0))) != BatchInputs.Kind.FILE;
    }

    /**
     * {@return the items of the command line's inputs, in order, made as they are taken; standard
     * input is read when reached, or only counted for {@code counting}; {@code skipped} is told of
     * the corpus documents a directory walk leaves out}
     */
    private Iterator<BatchItem> items(IngestConfig ingest, boolean counting, Consumer<Path> skipped) {
        BatchInputs inputs = new BatchInputs(ingest, skipped);
        Iterator<String> args = files.iterator();
        return new Iterator<>() {
            private Iterator<BatchItem> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && args.hasNext()) {
                    String file = args.next();
                    current = file.equals("-")
                            ? List.of(counting ? new BatchItem.Broken("-", "standard input, counted and not read") : standardInput(ingest)).iterator()
                            : inputs.expand(List.of(Path.of(file)));
                }
                return current.hasNext();
            }

            @Override
            public BatchItem next() {
                hasNext();
                return current.next();
            }
        };
    }

    private BatchItem standardInput(IngestConfig ingest) {
        InputStream in = System.in;
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ingest.maxBytes() + 1));
            return new BatchItem.Content("-", bytes, analysis.inputFormat(), Hints.none());
        } catch (IOException e) {
            return new BatchItem.Broken("-", "cannot read: " + e.getMessage());
        }
    }
}
