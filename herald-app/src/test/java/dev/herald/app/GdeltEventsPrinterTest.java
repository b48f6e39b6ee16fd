package dev.herald.app;

import dev.herald.model.Article;
import dev.herald.model.Event;
import dev.herald.model.EventType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Metadata;
import dev.herald.model.Source;
import dev.herald.model.Span;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltEventsPrinterTest {
    private static final String TEXT = "Russia invaded Ukraine on February 24.\n\nRussia could attack Kyiv.";

    private static Article article() {
        Metadata m = Metadata.empty().withPublished(Optional.of(LocalDate.of(2022, 3, 29)))
                .withUrl(Optional.of("https://example.org/a"));
        return Article.of(new Source("a.txt", Optional.empty(), InputFormat.TEXT), m, TEXT, List.of(), List.of());
    }

    private static Event event(int trigger, boolean hypothetical, String date, boolean published) {
        return new Event(new Span(trigger, trigger + 6), new Span(0, 10), EventType.FIGHT, Optional.empty(),
                Optional.of("190"),
                Optional.of(new Event.Actor(Optional.of("E1"), "Russia", Optional.of("RUS"), Optional.of("MIL"))),
                Optional.of(new Event.Actor(Optional.of("E2"), "Ukraine", Optional.of("UKR"), Optional.empty())),
                new Event.EventDate(Optional.of(date), published), Optional.empty(), false, hypothetical, Optional.empty());
    }

    /** {@return the record of {@code article} with {@code e} as its one event, and that event's JSON} */
    private static java.util.Optional<String> row(Article article, Event e) {
        com.fasterxml.jackson.databind.node.ObjectNode record = ArticleRecord.of(article.with(Layer.EVENTS, List.of(e)));
        return GdeltEventsPrinter.row(record, record.path("events").get(0));
    }

    private static long eventId(Article article, Event e) {
        com.fasterxml.jackson.databind.node.ObjectNode record = ArticleRecord.of(article.with(Layer.EVENTS, List.of(e)));
        return GdeltEventsPrinter.eventId(record, record.path("events").get(0));
    }

    @Test
    void row_has_gdelts_61_columns_in_its_order() {
        Article a = article();
        String[] c = row(a, event(7, false, "2022-02-24", false)).orElseThrow().split("\t", -1);
        assertThat(c).hasSize(61);
        assertThat(c[1]).isEqualTo("20220224");
        assertThat(c[2]).isEqualTo("202202");
        assertThat(c[3]).isEqualTo("2022");
        assertThat(c[5]).isEqualTo("RUSMIL");
        assertThat(c[6]).isEqualTo("RUSSIA");
        assertThat(c[7]).isEqualTo("RUS");
        assertThat(c[12]).isEqualTo("MIL");
        assertThat(c[15]).isEqualTo("UKR");
        assertThat(c[25]).isEqualTo("1");
        assertThat(c[26]).isEqualTo("190");
        assertThat(c[27]).isEqualTo("190");
        assertThat(c[28]).isEqualTo("19");
        assertThat(c[29]).isEqualTo("4");
        assertThat(c[30]).isEqualTo("-10.0");
        assertThat(c[31]).isEqualTo("1");
        assertThat(c[59]).isEqualTo("20220329000000");
        assertThat(c[60]).isEqualTo("https://example.org/a");
    }

    @Test
    void event_id_is_stable_across_runs() {
        Article a = article();
        Event e = event(7, false, "2022-02-24", false);
        assertThat(eventId(a, e)).isEqualTo(eventId(article(), e)).isPositive();
    }

    @Test
    void hypothetical_events_are_not_exported() {
        assertThat(row(article(), event(47, true, "2022-03-29", true))).isEmpty();
    }

    @Test
    void text_summary_shows_events_as_checkable_lines() {
        Article a = article().with(Layer.EVENTS, List.of(event(7, false, "2022-02-24", false),
                event(47, true, "2022-03-29", true)));
        String summary = TextSummary.of(a);
        assertThat(summary).contains("2022-02-24: Russia [RUS MIL] FIGHT → Ukraine [UKR]");
        assertThat(summary).contains("2022-03-29 (published)").contains("[NOT DONE");
    }
}
