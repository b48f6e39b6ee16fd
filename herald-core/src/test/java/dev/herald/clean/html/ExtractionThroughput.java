package dev.herald.clean.html;

import dev.herald.clean.HtmlCleaner;
import dev.herald.ingest.IngestConfig;
import dev.herald.ingest.InputReader;
import dev.herald.ingest.ReadResult;
import dev.herald.model.InputFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the HTML cleaning stage alone (parse, metadata, main content) on one thread: pages are
 * read and decoded first, then cleaned in {@code warmup} untimed rounds and {@code rounds} timed
 * ones. Prints the median page's time and the pages per second it gives, and the whole corpus's
 * pages per second. A benchmark to run by hand, not a test:
 * {@code java -cp ... dev.herald.clean.html.ExtractionThroughput DIR [rounds] [warmup]}.
 */
public final class ExtractionThroughput {
    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> pages = read(dir);
        HtmlCleaner cleaner = new HtmlCleaner();
        for (int r = 0; r < warmup; r++) {
            pages.forEach(cleaner::clean);
        }
        long[][] nanos = new long[pages.size()][rounds];
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                cleaner.clean(pages.get(i));
                nanos[i][r] = System.nanoTime() - start;
                total += nanos[i][r];
            }
        }
        long[] perPage = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long[] t = nanos[i].clone();
            Arrays.sort(t);
            perPage[i] = t[t.length / 2];
        }
        Arrays.sort(perPage);
        double medianMs = perPage[perPage.length / 2] / 1e6;
        long chars = pages.stream().mapToLong(String::length).sorted().skip(pages.size() / 2).findFirst().orElse(0);
        System.out.printf("pages %d, median page size %d chars%n", pages.size(), chars);
        System.out.printf("median page: %.2f ms = %.0f pages/s on one thread%n", medianMs, 1000 / medianMs);
        System.out.printf("p90 page: %.2f ms; whole corpus: %.0f pages/s%n", perPage[perPage.length * 9 / 10] / 1e6,
                (double) pages.size() * rounds / (total / 1e9));
    }

    private static List<String> read(Path dir) throws IOException {
        InputReader reader = new InputReader(IngestConfig.defaults());
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList()) {
                if (reader.read(f, InputFormat.HTML) instanceof ReadResult.Read ok) {
                    pages.add(ok.document().content());
                }
            }
        }
        return pages;
    }
}
