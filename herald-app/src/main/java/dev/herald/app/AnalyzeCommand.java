package dev.herald.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import dev.herald.nlp.NlpProfile;
import dev.herald.record.ArticleRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code herald analyze}: prints one article record per input (CONTRACT.md section 1). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze news articles (text or HTML) and print their article records.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "json", converter = OutputFormat.Converter.class,
            description = "json, jsonl, text or gdelt-events (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto, text, html or plain (default: ${DEFAULT-VALUE})", converter = InputFormatConverter.class)
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files, or - for standard input")
    List<String> files;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Analyzer analyzer = new Analyzer(new AnalyzerConfig(profile, new IngestConfig(maxBytes)));
        Hints hints = new Hints(Optional.ofNullable(date), Optional.ofNullable(url));
        RecordPrinter printer = RecordPrinter.of(format, out, files.size() > 1);
        int failures = 0;
        for (String file : files) {
            Analysis analysis = file.equals("-")
                    ? analyzer.analyze(analyzer.reader().read("-", System.in, inputFormat), hints)
                    : analyzer.analyze(Path.of(file), inputFormat, hints);
            if (analysis instanceof Analysis.Analyzed a) {
                printer.print(a.article());
            } else if (analysis instanceof Analysis.Failed f) {
                failures++;
                System.err.println("herald: " + f.path() + ": " + f.reason());
            }
        }
        printer.finish();
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("use auto, text, html or plain, not '" + value + "'");
            }
        }
    }

    static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<NlpProfile> {
        @Override
        public NlpProfile convert(String value) {
            try {
                return NlpProfile.named(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Writes records in one output format, streaming where the format allows. */
    abstract static class RecordPrinter {
        protected final PrintStream out;

        RecordPrinter(PrintStream out) {
            this.out = out;
        }

        static RecordPrinter of(OutputFormat format, PrintStream out, boolean several) {
            return switch (format) {
                case jsonl -> new RecordPrinter(out) {
                    @Override
                    void print(dev.herald.model.Article article) {
                        out.println(ArticleRecord.toLine(ArticleRecord.of(article)));
                    }
                };
                case text -> new RecordPrinter(out) {
                    @Override
                    void print(dev.herald.model.Article article) {
                        out.println(TextSummary.of(article));
                    }
                };
                case json -> new JsonPrinter(out, several);
                case gdelt_events -> new RecordPrinter(out) {
                    @Override
                    void print(dev.herald.model.Article article) {
                        new GdeltEventsPrinter(out).print(article);
                    }
                };
            };
        }

        abstract void print(dev.herald.model.Article article);

        void finish() {
        }
    }

    /** Pretty JSON: one record alone, or an array of them for several inputs. */
    static final class JsonPrinter extends RecordPrinter {
        private final boolean array;
        private final List<ObjectNode> records = new ArrayList<>();

        JsonPrinter(PrintStream out, boolean array) {
            super(out);
            this.array = array;
        }

        @Override
        void print(dev.herald.model.Article article) {
            ObjectNode record = ArticleRecord.of(article);
            if (array) {
                records.add(record);
            } else {
                out.println(pretty(record));
            }
        }

        @Override
        void finish() {
            if (array) {
                out.println(pretty(ArticleRecord.mapper().createArrayNode().addAll(records)));
            }
        }

        private static String pretty(Object node) {
            try {
                return ArticleRecord.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree could not be written", e);
            }
        }
    }
}
