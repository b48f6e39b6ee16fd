package dev.herald.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** End to end on the shared gold sets: the figures issue 3 asks for. Skipped when ../shared is absent. */
@Tag("models")
@Tag("slow")
class QuoteGoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path shared;
    private static Analyzer analyzer;

    @BeforeAll
    static void setUp() {
        shared = Path.of(System.getProperty("herald.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("gold")), "no shared gold at " + shared.toAbsolutePath());
        analyzer = new Analyzer(AnalyzerConfig.defaults());
    }

    @Test
    void seed_quotes_are_all_attributed_right() throws IOException {
        Path gold = shared.resolve("gold/000_7bfa49f6c0b4bacc.quotes.json");
        Path article = shared.resolve("seeds/000_7bfa49f6c0b4bacc.txt");
        assumeTrue(Files.exists(gold) && Files.exists(article), "no seed gold");
        QuoteScore score = new QuoteScore();
        score.add(gold(gold), predicted(article, Optional.of(LocalDate.of(2022, 3, 29))));
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void bbc_dev_attribution_f1_is_at_least_095() throws IOException {
        Path dir = shared.resolve("gold/bbc-dev");
        assumeTrue(Files.isDirectory(dir), "no bbc-dev gold");
        QuoteScore score = new QuoteScore();
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".quotes.json")).sorted().toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".quotes.json", "");
            int dash = name.indexOf('-');
            Path article = shared.resolve("data/news/bbc-news").resolve(name.substring(0, dash))
                    .resolve(name.substring(dash + 1) + ".txt");
            score.add(gold(g), predicted(article, Optional.empty()));
        }
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    }

    private static List<QuoteScore.Item> gold(Path file) throws IOException {
        List<QuoteScore.Item> items = new ArrayList<>();
        for (JsonNode q : JSON.readTree(file.toFile()).get("quotes")) {
            List<String> names = null;
            if (q.get("speaker").isArray()) {
                names = new ArrayList<>();
                for (JsonNode n : q.get("speaker")) {
                    names.add(n.asText());
                }
            }
            items.add(new QuoteScore.Item(q.get("text").asText(), names));
        }
        return items;
    }

    private static List<QuoteScore.Item> predicted(Path file, Optional<LocalDate> date) {
        Analysis analysis = analyzer.analyze(file, InputFormat.AUTO, new Hints(date, Optional.empty()));
        assertThat(analysis).isInstanceOf(Analysis.Analyzed.class);
        Article a = ((Analysis.Analyzed) analysis).article();
        List<QuoteScore.Item> items = new ArrayList<>();
        for (Quote q : a.get(Layer.QUOTES)) {
            if (q.kind() == Quote.Kind.INDIRECT) {
                continue; // the metric leaves reported speech out: the gold holds only quoted words
            }
            items.add(new QuoteScore.Item(q.span().of(a.text()), List.of(q.speaker().map(s -> s.name()).orElse(""))));
        }
        return items;
    }
}
