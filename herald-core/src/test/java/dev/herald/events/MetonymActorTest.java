package dev.herald.events;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import dev.herald.model.Metonym;
import dev.herald.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An event actor written as a place that stands for a government is that government. */
class MetonymActorTest {
    private static final String PARSE = """
            1 Moscow    Moscow    NNP 2 nsubj
            2 condemned condemn   VBD 0 root
            3 Oslo      Oslo      NNP 2 obj
            4 .         .         .   2 punct
            """;

    private static Article moscowCondemnedOslo() {
        return ParsedArticle.of(PARSE)
                .entity("E1", "Moscow", EntityType.LOCATION, "CITY", "RUS", "Moscow")
                .entity("E2", "Oslo", EntityType.LOCATION, "CITY", "NOR", "Oslo").build();
    }

    private static Article withGovernments(Article a) {
        List<Entity> entities = new ArrayList<>(a.get(Layer.ENTITIES));
        entities.add(new Entity("E3", "Russian government", EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                Optional.of("RUS"), Optional.empty(), List.of()));
        entities.add(new Entity("E4", "Norwegian government", EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                Optional.of("NOR"), Optional.empty(), List.of()));
        return a.with(Layer.ENTITIES, entities).with(Layer.METONYMS, List.of(
                new Metonym(new Span(0, 6), "E1", "E3", Metonym.Use.SUBJECT),
                new Metonym(new Span(17, 21), "E2", "E4", Metonym.Use.ADDRESSEE)));
    }

    private static String render(Event.Actor a) {
        return a.name() + " " + a.entity().orElse("-") + " " + a.country().orElse("-") + " " + a.sector().orElse("-");
    }

    @Test
    void place_standing_for_a_government_is_coded_as_the_government() {
        Event e = new EventCoder().apply(withGovernments(moscowCondemnedOslo())).get(Layer.EVENTS).get(0);
        assertThat(e.type().name()).isEqualTo("DISAPPROVE");
        assertThat(e.source().map(MetonymActorTest::render)).hasValue("Moscow E3 RUS GOV");
        assertThat(e.target().map(MetonymActorTest::render)).hasValue("Oslo E4 NOR GOV");
    }

    @Test
    void place_without_a_link_stays_the_place() {
        Event e = new EventCoder().apply(moscowCondemnedOslo()).get(Layer.EVENTS).get(0);
        assertThat(e.source().map(MetonymActorTest::render)).hasValue("Moscow E1 RUS -");
    }
}
