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
import dev.herald.model.InputFormat;
import dev.herald.nlp.NlpProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code herald analyze}: prints one article record per input (CONTRACT.md section 1). Inputs are
 * files, directories (recursively), JSON Lines and WARC files, or standard input; they are analyzed
 * on several threads by a {@link BatchRunner} and printed as they are done, in input order unless
 * {@code --unordered}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze news articles (text or HTML; files, directories, JSON Lines, WARC) and print"
                + " their article records.")
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", converter = OutputFormat.Converter.class,
            description = "json, jsonl, text or gdelt-events (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto, text, html or plain, for files (default: ${DEFAULT-VALUE})",
            converter = InputFormatConverter.class)
    InputFormat inputFormat;

    @Option(names = "--date", description = "publication date (YYYY-MM-DD) when the input carries none")
    LocalDate date;

    @Option(names = "--url", description = "the URL the input was fetched from")
    String url;

    @Option(names = "--profile", defaultValue = "fast", description = "fast or full (default: ${DEFAULT-VALUE})",
            converter = ProfileConverter.class)
    NlpProfile profile;

    @Option(names = "--max-bytes", defaultValue = "10485760",
            description = "largest input accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @CommandLine.Mixin
    BatchOptions batch;

    @Option(names = "--no-indirect",
            description = "leave out reported speech without quotation marks (\"X warned that ...\"), "
                    + "which is otherwise in the quotes with kind indirect")
    boolean noIndirect;

    /** Reported speech was opt-in before it became the default: the old switch is still accepted. */
    @Option(names = "--indirect", hidden = true, description = "reported speech as indirect quotes (the default)")
    boolean indirect;

    @Option(names = "--unordered", description = "print each record as soon as it is ready, not in input order")
    boolean unordered;

    @Option(names = "--failures", paramLabel = "FILE",
            description = "also write each failure as a JSON line {\"source\", \"reason\"} to FILE")
    Path failuresFile;

    @Option(names = "--progress", negatable = true,
            description = "show progress on standard error (default: when it is a terminal)")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "files, directories, .jsonl or .warc files, or - for standard input")
    List<String> files;

    @Override
    public Integer call() throws IOException {
        BatchConfig config = batch.config(spec).withOrder(unordered ? BatchConfig.Order.COMPLETION : BatchConfig.Order.INPUT);
        IngestConfig ingest = new IngestConfig(maxBytes);
        FailureLog failures = openFailureLog();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Analyzer analyzer = new Analyzer(new AnalyzerConfig(profile, ingest, !noIndirect));
        Hints hints = new Hints(Optional.ofNullable(date), Optional.ofNullable(url));
        RecordPrinter printer = RecordPrinter.of(format, out, several());
        BatchSummary summary;
        try (failures; ProgressDisplay display = display(ingest)) {
            summary = new BatchRunner(config, new ItemAnalysis(analyzer, inputFormat, hints))
                    .run(items(ingest, false), analysis -> {
                        display.done(analysis);
                        if (analysis instanceof Analysis.Analyzed a) {
                            printer.print(a.article());
                            if (out.checkError()) {
                                throw new OutputClosed();
                            }
                        } else if (analysis instanceof Analysis.Failed f) {
                            failures.report(f, display);
                        }
                    });
        } catch (OutputClosed e) {
            return 1;
        }
        printer.finish();
        return summary.failed() == 0 ? 0 : 1;
    }

    /** Standard output was closed (as by {@code | head}): nobody reads the records any more. */
    private static final class OutputClosed extends RuntimeException {
        OutputClosed() {
            super("standard output closed", null, false, false);
        }
    }

    private FailureLog openFailureLog() {
        try {
            return FailureLog.open(System.err, Optional.ofNullable(failuresFile));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot write the failures file " + failuresFile + ": " + e.getMessage());
        }
    }

    private ProgressDisplay display(IngestConfig ingest) {
        boolean show = progress != null ? progress : ProgressDisplay.stderrIsTerminal();
        return show ? ProgressDisplay.start(System.err, "analyze", () -> items(ingest, true)) : ProgressDisplay.none();
    }

    /** {@return true when the inputs may give more than one record (a JSON array is then printed)} */
    private boolean several() {
        return files.size() > 1 || !files.get(0).equals("-")
                && BatchInputs.kindOf(Path.of(files.get(0))) != BatchInputs.Kind.FILE;
    }

    /**
     * {@return the items of the command line's inputs, in order, made as they are taken; standard
     * input is read when reached, or only counted for {@code counting}}
     */
    private Iterator<BatchItem> items(IngestConfig ingest, boolean counting) {
        BatchInputs inputs = new BatchInputs(ingest);
        Iterator<String> args = files.iterator();
        return new Iterator<>() {
            private Iterator<BatchItem> current = java.util.Collections.emptyIterator();

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
            return new BatchItem.Content("-", bytes, inputFormat, Hints.none());
        } catch (IOException e) {
            return new BatchItem.Broken("-", "cannot read: " + e.getMessage());
        }
    }

    static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("use auto, text, html or plain, not '" + value + "'");
            }
        }
    }

    static final class ProfileConverter implements CommandLine.ITypeConverter<NlpProfile> {
        @Override
        public NlpProfile convert(String value) {
            try {
                return NlpProfile.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
