package dev.herald.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The cleaner on real, already clean news text from the shared data (skipped when it is absent):
 * it must leave the BBC News data set almost untouched and keep every gold quote of bbc-dev.
 */
@Tag("slow")
class TextCleanerCorpusTest {
    private final TextCleaner cleaner = new TextCleaner();

    private static Path shared(String relative) {
        Path path = Path.of(System.getProperty("herald.shared", "../shared")).resolve(relative);
        assumeTrue(Files.isDirectory(path), relative + " is not in the shared folder; skipping");
        return path;
    }

    @Test
    void the_bbc_news_data_set_loses_lines_in_under_one_percent_of_articles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(shared("data/news/bbc-news"))) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
        }
        List<String> touched = new ArrayList<>();
        int removed = 0;
        for (Path file : files) {
            Cleaned.Text text = (Cleaned.Text) cleaner.clean(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            if (!text.boilerplate().isEmpty()) {
                touched.add(file.getParent().getFileName() + "/" + file.getFileName());
                removed += text.boilerplate().size();
            }
        }
        System.out.printf("bbc-news: %d articles, %d with lines removed (%d lines): %s%n", files.size(), touched.size(),
                removed, touched);
        assertThat(files).hasSizeGreaterThan(2000);
        assertThat(touched.size()).isLessThan(files.size() / 100);
    }

    @Test
    void every_bbc_dev_gold_quote_survives_cleaning() throws IOException {
        Path gold = shared("gold/bbc-dev");
        ObjectMapper json = new ObjectMapper();
        List<String> lost = new ArrayList<>();
        int quotes = 0;
        try (Stream<Path> list = Files.list(gold)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".quotes.json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".quotes.json", "");
                Path article = shared("data/news/bbc-news").resolve(name.replaceFirst("-", "/") + ".txt");
                String body = ((Cleaned.Text) cleaner.clean(Files.readString(article))).body();
                for (JsonNode quote : json.readTree(file.toFile()).get("quotes")) {
                    quotes++;
                    String text = quote.get("text").asText();
                    if (!Arrays.stream(text.split("\n\n")).allMatch(body::contains)) {
                        lost.add(name + ": " + text);
                    }
                }
            }
        }
        System.out.printf("bbc-dev: %d gold quotes, %d lost in cleaning%n", quotes, lost.size());
        assertThat(quotes).isGreaterThan(100);
        assertThat(lost).isEmpty();
    }
}
