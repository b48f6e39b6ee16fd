package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Metonym;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A place name that stands for a government speaks for that government. */
class MetonymSpeakerTest {
    private static final String MOSCOW_SAID = "[Moscow|LOCATION] said: \"The talks are over.\" Snow fell in "
            + "[Moscow|LOCATION] all week.";

    /** The article of {@code marked} with its first mention of {@code place} standing for {@code government}. */
    private static Article standingFor(String marked, String place, String government) {
        Article a = TestArticles.of(marked);
        List<Entity> entities = new ArrayList<>(a.get(Layer.ENTITIES));
        Entity placeEntity = entities.stream().filter(e -> e.name().equals(place)).findFirst().orElseThrow();
        Entity gov = entities.stream().filter(e -> e.name().equals(government)).findFirst().orElseGet(() -> {
            Entity added = new Entity("E" + (entities.size() + 1), government, EntityType.ORGANIZATION,
                    Optional.of("GOVERNMENT"), placeEntity.country(), Optional.empty(), List.of());
            entities.add(added);
            return added;
        });
        Span span = placeEntity.mentions().get(0).span();
        return a.with(Layer.ENTITIES, entities)
                .with(Layer.METONYMS, List.of(new Metonym(span, placeEntity.id(), gov.id(), Metonym.Use.SUBJECT)));
    }

    private static Quote attributed(Article a) {
        QuoteConfig config = QuoteConfig.defaults();
        Article found = new QuoteFinder(config).apply(a);
        return new SpeakerResolver(config, Lexicon.english()).apply(found).get(Layer.QUOTES).get(0);
    }

    @Test
    void place_that_stands_for_a_government_speaks_for_the_government() {
        Article a = standingFor(MOSCOW_SAID, "Moscow", "Russian government");
        Quote q = attributed(a);
        Speaker.Named s = (Speaker.Named) q.speaker().orElseThrow();
        assertThat(s.name()).isEqualTo("Russian government");
        assertThat(a.get(Layer.ENTITIES).stream().filter(e -> e.id().equals(s.entityId())).map(Entity::name))
                .containsExactly("Russian government");
        assertThat(s.mention().map(m -> m.of(a.text()))).hasValue("Moscow");
    }

    @Test
    void government_entity_of_the_article_is_named_when_the_place_stands_for_it() {
        String text = "The [Kremlin|ORGANIZATION] was silent at first. " + MOSCOW_SAID;
        Quote q = attributed(standingFor(text, "Moscow", "Kremlin"));
        assertThat(q.speaker().map(Speaker::name)).hasValue("Kremlin");
    }

    @Test
    void place_without_a_link_speaks_as_the_place() {
        Quote q = attributed(TestArticles.of(MOSCOW_SAID));
        assertThat(q.speaker().map(Speaker::name)).hasValue("Moscow");
    }
}
