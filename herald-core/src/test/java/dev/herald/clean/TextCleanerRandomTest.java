package dev.herald.clean;

import dev.herald.model.Boilerplate;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages shuffled together from the lines of the fixtures: whatever the order, every line read is
 * the headline, a body paragraph or a piece of boilerplate. The seed is printed on failure; set
 * {@code -Dherald.test.seed=N} to replay it.
 */
class TextCleanerRandomTest {

    @Test
    void every_line_of_a_shuffled_page_is_accounted_for() throws Exception {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> pool = fixtureLines();
        TextCleaner cleaner = new TextCleaner();

        for (int page = 0; page < 300; page++) {
            List<String> lines = new ArrayList<>();
            StringBuilder input = new StringBuilder();
            int count = 2 + random.nextInt(25);
            for (int i = 0; i < count; i++) {
                String line = pool.get(random.nextInt(pool.size()));
                lines.add(line);
                input.append(random.nextInt(3) == 0 ? "  " : "").append(line).append(random.nextBoolean() ? "\n\n" : "\n");
            }
            Cleaned cleaned = cleaner.clean(input.toString());
            if (cleaned instanceof Cleaned.Text text) {
                List<String> out = new ArrayList<>();
                out.add(text.metadata().title().orElseThrow());
                out.addAll(Arrays.asList(text.body().split("\n\n")));
                text.boilerplate().stream().map(Boilerplate::text).forEach(out::add);
                assertThat(out).as("seed %d, page %d:%n%s", seed, page, input).containsExactlyInAnyOrderElementsOf(lines);
            } else {
                assertThat(((Cleaned.Rejected) cleaned).reason()).as("seed %d, page %d", seed, page)
                        .startsWith("no body text");
            }
        }
    }

    private static List<String> fixtureLines() throws Exception {
        try (Stream<Path> files = Files.list(pagesDir())) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            }
            return lines;
        }
    }

    private static Path pagesDir() throws URISyntaxException {
        return Path.of(TextCleanerRandomTest.class.getResource("/pages").toURI());
    }
}
