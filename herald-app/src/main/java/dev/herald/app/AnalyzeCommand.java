package dev.herald.app;

import dev.herald.batch.BatchConfig;
import dev.herald.batch.BatchRunner;
import dev.herald.batch.BatchSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--unordered", description = "print each record as soon as it is ready, not in input order")
    boolean unordered;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        RecordPrinter printer = RecordPrinter.of(format, out, corpus.several());
        BatchSummary summary;
        try {
            summary = corpus.run(spec, "analyze", unordered ? BatchConfig.Order.COMPLETION : BatchConfig.Order.INPUT,
                    (analyzed, failures) -> {
                        printer.print(analyzed.article());
                        if (out.checkError()) {
                            throw new OutputClosed();
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
}
