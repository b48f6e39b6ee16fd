package dev.herald.entities;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Metonym;
import dev.herald.model.Quote;
import dev.herald.model.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Place names standing for governments, end to end with CoreNLP's models (default profile). */
@Tag("models")
class MetonymModelsTest {
    private static final String ARTICLE = """
            Talks stall as capitals trade blame

            Moscow wants Western sanctions lifted before any new round of talks, officials said on Tuesday.

            Peace talks between Kyiv and Moscow stalled last week after both sides accused each other of bad faith.

            Beijing's response was cautious. Washington accused Beijing of shielding its partner from the sanctions.

            Thousands of people marched in Moscow on Sunday, and flights from London to Kyiv remain suspended.

            Moscow said: "We will not negotiate under pressure."

            The Kremlin has not commented on the proposal.
            """;
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new Analyzer(AnalyzerConfig.defaults());
    }

    private static Article analyze(Path file) {
        Analysis a = analyzer.analyze(file, InputFormat.TEXT, Hints.none());
        assertThat(a).isInstanceOf(Analysis.Analyzed.class);
        return ((Analysis.Analyzed) a).article();
    }

    /** {@return every place mention as "text@sentence-word → government name", or "→ -" when literal} */
    private static List<String> uses(Article a) {
        Map<String, Entity> byId = a.get(Layer.ENTITIES).stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Map<dev.herald.model.Span, Metonym> bySpan = a.get(Layer.METONYMS).stream()
                .collect(Collectors.toMap(Metonym::span, Function.identity()));
        return a.get(Layer.ENTITIES).stream().filter(e -> e.type() == EntityType.LOCATION)
                .flatMap(e -> e.mentions().stream()).sorted(java.util.Comparator.comparing(Mention::span))
                .map(m -> m.text() + " → " + (bySpan.containsKey(m.span())
                        ? byId.get(bySpan.get(m.span()).government()).name() : "-")).toList();
    }

    @Test
    void capitals_used_for_governments_link_to_them_and_literal_ones_do_not(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capitals.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        Article a = analyze(file);
        assertThat(uses(a)).containsExactly(
                "Moscow → Kremlin",
                "Kyiv → Ukrainian government", "Moscow → Kremlin",
                "Beijing → Chinese government", "Washington → US government", "Beijing → Chinese government",
                "Moscow → -", "London → -", "Kyiv → -",
                "Moscow → Kremlin");
        assertThat(a.get(Layer.ENTITIES)).filteredOn(e -> e.name().equals("Kremlin")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
                    assertThat(e.subtype()).hasValue("GOVERNMENT");
                    assertThat(e.mentions()).extracting(Mention::text).containsExactly("Kremlin");
                });
        // The first quotation in quotation marks: reported speech ("…, officials said") comes before it.
        Quote q = a.get(Layer.QUOTES).stream().filter(x -> x.kind() != Quote.Kind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.speaker().map(Speaker::name)).hasValue("Kremlin");
        assertThat(q.speaker().flatMap(Speaker::mention).map(m -> m.of(a.text()))).hasValue("Moscow");
    }

    @Test
    void seed_names_its_capitals_for_their_governments_and_keeps_the_kremlin() {
        Path seed = Path.of(System.getProperty("herald.shared", "../shared"), "seeds", "000_7bfa49f6c0b4bacc.txt");
        assumeTrue(Files.isRegularFile(seed), "seed article not found at " + seed + "; skipping");
        Article a = analyze(seed);
        List<String> uses = uses(a);
        assertThat(uses).filteredOn(u -> u.startsWith("Moscow ")).containsOnly("Moscow → Kremlin").hasSize(2);
        assertThat(uses).filteredOn(u -> u.startsWith("Kiyv ")).contains("Kiyv → Ukrainian government", "Kiyv → Ukrainian government");
        assertThat(a.get(Layer.ENTITIES)).filteredOn(e -> e.name().equals("Kremlin")).singleElement()
                .satisfies(e -> assertThat(e.type() + " " + e.subtype().orElse("-") + " " + e.country().orElse("-"))
                        .isEqualTo("ORGANIZATION GOVERNMENT RUS"));
        assertThat(a.get(Layer.ENTITIES)).filteredOn(e -> e.name().equals("Moscow")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    }
}
