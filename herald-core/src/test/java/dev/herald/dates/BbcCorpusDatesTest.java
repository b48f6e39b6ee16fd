package dev.herald.dates;

import dev.herald.model.DateMention;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the finder over the shared BBC News corpus (skipped when absent): every value is ISO 8601,
 * every span covers its text, and the throughput is printed.
 */
@Tag("slow")
class BbcCorpusDatesTest {
    private static final Pattern ISO = Pattern.compile(
            "\\d{2,4}|\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])");

    @Test
    void every_mention_in_the_bbc_corpus_is_iso_and_covers_its_text() throws IOException {
        Optional<Path> dir = SeedDatesTest.shared("data/news/bbc-news");
        assumeTrue(dir.isPresent(), "shared BBC corpus data/news/bbc-news not found (set -Dherald.shared); skipping");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.get())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        DateFinder finder = new DateFinder();
        Optional<LocalDate> published = Optional.of(LocalDate.of(2005, 3, 1));
        int mentions = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            for (DateMention m : finder.find(text, published)) {
                assertThat(m.span().of(text)).isEqualTo(m.text());
                assertThat(m.value()).as(m.text()).matches(ISO);
                mentions++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("dates: %d articles, %d mentions, %.2f s, %.0f articles/s (first pass, JIT cold)%n",
                texts.size(), mentions, seconds, texts.size() / seconds);
        assertThat(mentions).isGreaterThan(texts.size());
    }
}
