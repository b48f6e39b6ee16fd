package dev.herald.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.Event;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.nlp.NlpProfile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events coded end to end with the FULL profile (CoreNLP's parser): on the gold articles of
 * {@code events-gold/}, scored as {@code event-score} scores them, and on the seed article.
 */
@Tag("models")
class EventCoderModelsTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new Analyzer(new AnalyzerConfig(NlpProfile.FULL, IngestConfig.defaults()));
    }

    private static Article analyze(Path path, LocalDate published) {
        Analysis a = analyzer.analyze(path, InputFormat.AUTO, new Hints(Optional.ofNullable(published), Optional.empty()));
        assertThat(a).isInstanceOf(Analysis.Analyzed.class);
        return ((Analysis.Analyzed) a).article();
    }

    @Test
    void gold_articles_are_coded_above_the_floor_of_precision_and_recall() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/events-gold").toURI());
        ObjectMapper json = new ObjectMapper();
        int gold = 0;
        int predicted = 0;
        int right = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".events.json")).sorted().toList()) {
                JsonNode goldEvents = json.readTree(g.toFile()).get("events");
                Article article = analyze(dir.resolve(json.readTree(g.toFile()).get("article").asText()), null);
                List<Event> events = article.get(Layer.EVENTS);
                gold += goldEvents.size();
                predicted += events.size();
                right += matches(article, events, goldEvents);
            }
        }
        double precision = right / (double) predicted;
        double recall = right / (double) gold;
        System.out.printf(Locale.ROOT, "events-gold: gold %d predicted %d right %d P %.3f R %.3f%n", gold, predicted,
                right, precision, recall);
        assertThat(gold).isGreaterThanOrEqualTo(150);
        assertThat(precision).isGreaterThanOrEqualTo(0.60);
        assertThat(recall).isGreaterThanOrEqualTo(0.55);
    }

    /** The matches of event-score: trigger in the gold sentence, same type, source and target named. */
    private static int matches(Article article, List<Event> events, JsonNode goldEvents) {
        Map<String, Entity> entities = article.get(Layer.ENTITIES).stream()
                .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        Set<Integer> used = new HashSet<>();
        int right = 0;
        for (Event e : events) {
            for (int j = 0; j < goldEvents.size(); j++) {
                JsonNode g = goldEvents.get(j);
                int at = article.text().indexOf(g.get("sentence").asText());
                boolean inSentence = at >= 0 && at <= e.trigger().start()
                        && e.trigger().start() < at + g.get("sentence").asText().length();
                if (used.contains(j) || !inSentence || !e.type().name().equals(g.get("type").asText())) {
                    continue;
                }
                if (names(g.get("source"), e.source(), entities) && (g.get("target").isNull()
                        || names(g.get("target"), e.target(), entities))) {
                    used.add(j);
                    right++;
                    break;
                }
            }
        }
        return right;
    }

    private static boolean names(JsonNode forms, Optional<Event.Actor> actor, Map<String, Entity> entities) {
        if (forms == null || forms.isNull()) {
            return true;
        }
        if (actor.isEmpty()) {
            return false;
        }
        Set<String> got = words(actor.get().name());
        List<String> mentions = new ArrayList<>();
        actor.get().entity().map(entities::get).ifPresent(e -> e.mentions().stream().map(Mention::text)
                .map(m -> String.join(" ", words(m))).forEach(mentions::add));
        for (JsonNode f : forms) {
            Set<String> want = words(f.asText());
            if ((!want.isEmpty() && got.containsAll(want)) || mentions.contains(String.join(" ", want))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void seed_article_codes_its_chain_of_events() {
        Path seed = Path.of(System.getProperty("herald.shared", "../shared"), "seeds", "000_7bfa49f6c0b4bacc.txt");
        Assumptions.assumeTrue(Files.exists(seed), "the seed article is not at " + seed);
        Article a = analyze(seed, LocalDate.of(2022, 3, 29));
        List<String> events = a.get(Layer.EVENTS).stream()
                .map(e -> e.type() + " " + e.source().map(Event.Actor::name).orElse("-") + " -> "
                        + e.target().map(Event.Actor::name).orElse("-"))
                .toList();
        assertThat(events).anyMatch(s -> s.matches("FIGHT .*Russia.* -> .*Ukraine.*"));
        assertThat(events).anyMatch(s -> s.matches("COERCE .*(Russia|it).* -> .*Crimea.*"));
        assertThat(events).anyMatch(s -> s.matches("CONSULT .*(Kiyv|Kyiv|Moscow|Russia|Ukraine).* -> .*(Kiyv|Kyiv|Moscow|Russia|Ukraine).*"));
        assertThat(events).anyMatch(s -> s.matches("DEMAND .*Moscow.* -> .*Ukraine.*"));
        assertThat(events).anyMatch(s -> s.matches("DEMAND .*(Kiyv|Kyiv).* -> .*Russia.*"));
        assertThat(events).anyMatch(s -> s.matches("REJECT .*Kremlin.* -> .*Zelensky.*"));
        assertThat(events).anyMatch(s -> s.matches("AGREE .*Zelensky.* -> .*"));
        Event meeting = a.get(Layer.EVENTS).stream().filter(e -> e.type().name().equals("CONSULT")
                && e.trigger().of(a.text()).equals("meeting")).findFirst().orElseThrow();
        assertThat(meeting.negated()).isTrue();
        assertThat(meeting.hypothetical()).isTrue();
        Event annexation = a.get(Layer.EVENTS).stream().filter(e -> e.type().name().equals("COERCE")).findFirst()
                .orElseThrow();
        if (!a.get(Layer.DATES).isEmpty()) {
            assertThat(annexation.date().value()).hasValue("2014");
        } else {
            assertThat(annexation.date().published()).isTrue();
        }
    }
}
