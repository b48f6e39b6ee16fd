package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code herald export}: the records of a store (all, or those matching a query, near-duplicates
 * included) streamed to standard output, as records or as tables.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Stream a store's records (or those matching --query) as JSON Lines, a CSV of quotes,"
                + " or GDELT event rows.")
final class ExportCommand implements Callable<Integer> {

    /** What is exported. */
    enum Format {
        jsonl, quotes_csv, gdelt_events;

        static final class Converter implements CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                for (Format f : values()) {
                    if (f.name().replace('_', '-').equals(value)) {
                        return f;
                    }
                }
                throw new CommandLine.TypeConversionException("use jsonl, quotes-csv or gdelt-events, not '" + value + "'");
            }
        }
    }

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--format", required = true, converter = Format.Converter.class,
            description = "jsonl (the stored records), quotes-csv (one row per quote) or gdelt-events (GDELT event rows)")
    Format format;

    @Option(names = "--query", paramLabel = "Q", description = "only the records matching this query (default: all)")
    String query;

    @Override
    public Integer call() throws Exception {
        return StoreErrors.run(System.err, query, () -> {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            try (ArticleStore s = store.openReader(); Stream<String> records = s.records(Optional.ofNullable(query))) {
                switch (format) {
                    case jsonl -> records.forEach(out::println);
                    case quotes_csv -> {
                        out.println(QuotesCsv.HEADER);
                        records.forEach(line -> QuotesCsv.rows(parse(line)).forEach(out::println));
                    }
                    case gdelt_events -> {
                        GdeltEventsPrinter gdelt = new GdeltEventsPrinter(out);
                        records.forEach(line -> gdelt.print(parse(line)));
                    }
                }
            }
            out.flush();
            return out.checkError() ? 1 : 0;
        });
    }

    private static JsonNode parse(String line) {
        try {
            return ArticleRecord.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored record is not JSON: " + e.getMessage(), e);
        }
    }
}
