package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The article page's reading of a record, from records written by hand. */
class ArticleViewTest {

    /** A record as the contract shapes it; offsets in code points, the 🚢 taking one. */
    static JsonNode record() throws Exception {
        String text = "🚢 Ana Silva spoke.\n\n\u201cWe will win,\u201d said Ana Silva in Lima. <b>bold</b>";
        return ArticleRecord.mapper().readTree("""
                {"schema": "herald.article/1", "id": "abc", "title": "Ships <i>in</i> port", "published": "2024-05-01",
                 "site": "example.org", "url": "javascript:alert(1)", "text": %s,
                 "boilerplate": [{"kind": "footer", "text": "All rights reserved"}],
                 "entities": [
                   {"id": "E1", "name": "Ana Silva", "type": "PERSON", "country": "PER", "key": "ana silva|PERSON|PER",
                    "mentions": [{"start": 2, "end": 11, "text": "Ana Silva", "kind": "name"},
                                 {"start": 40, "end": 49, "text": "Ana Silva", "kind": "name"}]},
                   {"id": "E2", "name": "Lima", "type": "LOCATION", "country": "PER", "key": "lima|LOCATION|PER",
                    "mentions": [{"start": 53, "end": 57, "text": "Lima", "kind": "name"}]}],
                 "quotes": [{"id": "Q1", "text": "We will win,", "start": 21, "end": 33, "kind": "direct",
                   "speaker": {"name": "Ana Silva", "entity": "E1", "anonymous": false,
                               "mention": {"start": 40, "end": 49, "text": "Ana Silva"}}}],
                 "events": [{"type": "FIGHT", "cameo": "190", "source": {"entity": "E1", "name": "Ana Silva"},
                   "target": {"entity": null, "name": "the rebels"}, "date": {"value": "2024-04"},
                   "negated": false, "hypothetical": false, "sentence": "Ana Silva fought the rebels."}]}
                """.formatted(ArticleRecord.mapper().writeValueAsString(text)));
    }

    private static String render(ArticleView.Paragraph p) {
        return p.pieces().stream().map(piece -> {
            String s = piece.text();
            if (piece.entity() != null) {
                s = "[" + s + "|" + piece.entity().type() + (piece.saidBy() != null ? "|said" : "") + "]";
            }
            if (piece.quote() != null) {
                s = "{" + s + "}";
            }
            return piece.quoteEnd() ? s + "<-" + piece.quote().speaker() : s;
        }).collect(Collectors.joining());
    }

    @Test
    void text_is_cut_at_mentions_and_quotes_with_code_point_offsets() throws Exception {
        ArticleView view = ArticleView.of(record());
        List<String> paragraphs = view.paragraphs().stream().map(ArticleViewTest::render).toList();
        assertThat(paragraphs).containsExactly(
                "🚢 [Ana Silva|PERSON] spoke.",
                "\u201c{We will win,}<-Ana Silva\u201d said [Ana Silva|PERSON|said] in [Lima|LOCATION]. <b>bold</b>");
    }

    @Test
    void quotes_events_entities_and_boilerplate_are_read() throws Exception {
        ArticleView view = ArticleView.of(record());
        assertThat(view.quotes()).extracting(ArticleView.QuoteLine::speakerHref).containsExactly("/entity/ana%20silva%7CPERSON%7CPER");
        assertThat(view.events()).extracting(EventLine::summary).containsExactly("Ana Silva FIGHT \u2192 the rebels, 2024-04");
        assertThat(view.events().get(0).targetHref()).isEmpty();
        assertThat(view.entitiesOfType("PERSON")).extracting(ArticleView.EntityLine::mentions).containsExactly(2);
        assertThat(view.boilerplate()).extracting(ArticleView.BoilerplateLine::kind).containsExactly("footer");
    }

    @Test
    void a_url_that_is_not_http_is_never_linked() throws Exception {
        assertThat(ArticleView.of(record()).url()).isEmpty();
        assertThat(ArticleView.webAddress(" https://example.org/a ")).isEqualTo("https://example.org/a");
        assertThat(ArticleView.webAddress("JavaScript:alert(1)")).isEmpty();
    }

    @Test
    void spans_outside_the_text_mark_nothing() throws Exception {
        JsonNode r = ArticleRecord.mapper().readTree("""
                {"id": "x", "text": "Short.", "entities": [{"id": "E1", "name": "A", "type": "PERSON", "key": "a|PERSON|-",
                  "mentions": [{"start": 3, "end": 99}]}], "quotes": [], "events": [], "boilerplate": []}
                """);
        assertThat(ArticleView.of(r).paragraphs()).extracting(ArticleViewTest::render).containsExactly("Short.");
    }
}
