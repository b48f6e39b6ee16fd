package dev.herald.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.model.Article;
import dev.herald.model.DateMention;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.EventType;
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

class ArticleRecordTest {
    private static Article article(String text) {
        return Article.of(new Source("a.txt", Optional.empty(), InputFormat.TEXT),
                Metadata.empty().withTitle(Optional.of("Title")), text, List.of(), List.of());
    }

    @Test
    void every_contract_field_is_present_even_when_unknown() {
        JsonNode r = ArticleRecord.of(article("Body."));
        assertThat(r.fieldNames()).toIterable().contains("schema", "id", "input", "title", "published", "authors",
                "site", "url", "language", "text", "boilerplate", "related", "entities", "quotes", "dates", "events");
        assertThat(r.get("schema").asText()).isEqualTo("herald.article/1");
        assertThat(r.get("published").isNull()).isTrue();
        assertThat(r.get("events").isArray()).isTrue();
        assertThat(r.get("input").get("format").asText()).isEqualTo("text");
    }

    @Test
    void offsets_are_counted_in_code_points() {
        // The emoji is two UTF-16 units but one code point, so the date starts at 3, not 4.
        String text = "\uD83D\uDE00 On February 24.";
        int start = text.indexOf("February");
        Article a = article(text).with(Layer.DATES,
                List.of(new DateMention(new Span(start, start + 11), "February 24", "2022-02-24")));
        JsonNode date = ArticleRecord.of(a).get("dates").get(0);
        assertThat(date.get("start").asInt()).isEqualTo(start - 1);
        assertThat(date.get("end").asInt()).isEqualTo(start - 1 + 11);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, date.get("start").asInt(), 11)).isEqualTo("February 24");
    }

    @Test
    void speaker_carries_its_mention_and_the_source_expression_around_it() {
        String text = "\"We will win,\" said union leader Ana Silva. \"Soon,\" said Bo Li.";
        int silva = text.indexOf("Ana Silva");
        int li = text.indexOf("Bo Li");
        Quote described = new Quote("Q1", new Span(1, 13), Quote.Kind.DIRECT, Optional.of(new Speaker.Named("Ana Silva", "",
                Optional.of(new Span(silva, silva + 9)), Optional.of(new Span(silva - 13, silva + 9)))),
                Optional.of("said"), Optional.empty());
        Quote plain = new Quote("Q2", new Span(text.indexOf("Soon"), text.indexOf("Soon") + 5), Quote.Kind.DIRECT,
                Optional.of(new Speaker.Named("Bo Li", "", Optional.of(new Span(li, li + 5)))), Optional.of("said"), Optional.empty());
        JsonNode quotes = ArticleRecord.of(article(text).with(Layer.QUOTES, List.of(described, plain))).get("quotes");
        assertThat(quotes.get(0).get("speaker").get("mention").get("text").asText()).isEqualTo("Ana Silva");
        assertThat(quotes.get(0).get("speaker").get("source").get("text").asText()).isEqualTo("union leader Ana Silva");
        assertThat(quotes.get(0).get("speaker").get("source").get("start").asInt()).isEqualTo(silva - 13);
        // A speaker without a source expression has its mention as its source.
        assertThat(quotes.get(1).get("speaker").get("source").get("text").asText()).isEqualTo("Bo Li");
    }

    @Test
    void place_mention_standing_for_a_government_points_at_it_and_others_carry_null() {
        String text = "Moscow wants a deal. Snow fell in Moscow.";
        Entity moscow = new Entity("E1", "Moscow", EntityType.LOCATION, Optional.of("CITY"), Optional.of("RUS"),
                Optional.empty(), List.of(new Mention(new Span(0, 6), "Moscow", EntityType.LOCATION, Mention.Kind.NAME),
                new Mention(new Span(34, 40), "Moscow", EntityType.LOCATION, Mention.Kind.NAME)));
        Entity government = new Entity("E2", "Russian government", EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                Optional.of("RUS"), Optional.empty(), List.of());
        Article a = article(text).with(Layer.ENTITIES, List.of(moscow, government))
                .with(Layer.METONYMS, List.of(new Metonym(new Span(0, 6), "E1", "E2", Metonym.Use.SUBJECT)));
        JsonNode entities = ArticleRecord.of(a).get("entities");
        JsonNode mentions = entities.get(0).get("mentions");
        assertThat(mentions.get(0).get("stands_for").asText()).isEqualTo("E2");
        assertThat(mentions.get(1).has("stands_for")).isTrue();
        assertThat(mentions.get(1).get("stands_for").isNull()).isTrue();
        assertThat(entities.get(0).get("type").asText()).isEqualTo("LOCATION");
        assertThat(entities.get(1).get("key").asText()).isEqualTo("russian government|ORGANIZATION|RUS");
        assertThat(entities.get(1).get("mentions").size()).isZero();
    }

    @Test
    void events_carry_type_actors_date_flags_and_spans() {
        String text = "Russia invaded Ukraine.";
        Event e = new Event(new Span(7, 14), new Span(0, 23), EventType.FIGHT, Optional.empty(), Optional.of("190"),
                Optional.of(new Event.Actor(Optional.of("E1"), "Russia", Optional.of("RUS"), Optional.empty())),
                Optional.of(new Event.Actor(Optional.of("E2"), "Ukraine", Optional.of("UKR"), Optional.of("GOV"))),
                new Event.EventDate(Optional.of("2022-03-29"), true), Optional.empty(), false, true, Optional.empty());
        JsonNode ev = ArticleRecord.of(article(text).with(Layer.EVENTS, List.of(e))).get("events").get(0);
        assertThat(ev.get("type").asText()).isEqualTo("FIGHT");
        assertThat(ev.get("cameo").asText()).isEqualTo("190");
        assertThat(ev.get("mode").isNull()).isTrue();
        assertThat(ev.get("source").get("entity").asText()).isEqualTo("E1");
        assertThat(ev.get("source").get("country").asText()).isEqualTo("RUS");
        assertThat(ev.get("target").get("sector").asText()).isEqualTo("GOV");
        assertThat(ev.get("date").get("value").asText()).isEqualTo("2022-03-29");
        assertThat(ev.get("date").get("published").asBoolean()).isTrue();
        assertThat(ev.get("negated").asBoolean()).isFalse();
        assertThat(ev.get("hypothetical").asBoolean()).isTrue();
        assertThat(ev.get("trigger").get("text").asText()).isEqualTo("invaded");
        assertThat(ev.get("sentence").get("end").asInt()).isEqualTo(23);
        assertThat(ev.get("location").isNull()).isTrue();
        assertThat(ev.get("claimant").isNull()).isTrue();
    }
}
