package dev.herald.app;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Metadata;
import dev.herald.model.Metonym;
import dev.herald.model.Quote;
import dev.herald.model.Source;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TextSummaryTest {

    @Test
    void place_standing_for_a_government_is_shown_with_it() {
        String text = "Moscow said: \u201cNo deal.\u201d Snow fell in Moscow.";
        Mention said = new Mention(new Span(0, 6), "Moscow", EntityType.LOCATION, Mention.Kind.NAME);
        Mention snow = new Mention(new Span(37, 43), "Moscow", EntityType.LOCATION, Mention.Kind.NAME);
        Entity moscow = new Entity("E1", "Moscow", EntityType.LOCATION, Optional.of("CITY"), Optional.of("RUS"),
                Optional.empty(), List.of(said, snow));
        Entity government = new Entity("E2", "Russian government", EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                Optional.of("RUS"), Optional.empty(), List.of());
        Quote q = new Quote("Q1", new Span(14, 22), Quote.Kind.DIRECT,
                Optional.of(new Speaker.Named("Russian government", "E2", Optional.of(said.span()))),
                Optional.of("said"), Optional.empty());
        Article a = Article.of(new Source("a.txt", Optional.empty(), InputFormat.TEXT), Metadata.empty(), text,
                        List.of(), List.of())
                .with(Layer.ENTITIES, List.of(moscow, government))
                .with(Layer.METONYMS, List.of(new Metonym(said.span(), "E1", "E2", Metonym.Use.SUBJECT)))
                .with(Layer.QUOTES, List.of(q));
        String summary = TextSummary.of(a);
        assertThat(summary).contains("Moscow (for the Russian government) (said): \u201cNo deal.\u201d");
        assertThat(summary).contains("Moscow [RUS] \u00d72 (1 for the Russian government)");
        assertThat(summary).contains("Russian government [RUS] (as Moscow)");
    }
}
