package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.serve.ArticleView.EntityLine;
import dev.herald.serve.ArticleView.Paragraph;
import dev.herald.serve.ArticleView.Piece;
import dev.herald.serve.ArticleView.QuoteLine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into paragraphs of {@link Piece}s at every edge of a mention or a quote, so
 * that a template can mark each piece without ever writing markup into the text. The record's
 * offsets count code points (CONTRACT.md); they are turned into string indices here, once.
 */
final class TextMarkup {
    private final String text;
    private final int[] charAt;
    private final List<Mark<EntityLine>> mentions = new ArrayList<>();
    private final List<Mark<QuoteLine>> quotes = new ArrayList<>();
    private final List<Mark<QuoteLine>> speakerMentions = new ArrayList<>();

    /** A span of the text and what it stands for, in string indices. */
    private record Mark<T>(int start, int end, T value, String kind) {
        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    TextMarkup(String text, JsonNode record, List<EntityLine> entities, List<QuoteLine> quoteLines) {
        this.text = text;
        this.charAt = codePointIndex(text);
        int e = 0;
        for (JsonNode entity : record.path("entities")) {
            for (JsonNode m : entity.path("mentions")) {
                add(mentions, m, entities.get(e), m.path("kind").asText("name"));
            }
            e++;
        }
        int q = 0;
        for (JsonNode quote : record.path("quotes")) {
            add(quotes, quote, quoteLines.get(q), "");
            JsonNode said = quote.path("speaker").path("mention");
            if (said.isObject()) {
                add(speakerMentions, said, quoteLines.get(q), "");
            }
            q++;
        }
    }

    /** {@return the text as paragraphs (split at blank lines) of marked pieces} */
    List<Paragraph> paragraphs() {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            if (end > start) {
                paragraphs.add(new Paragraph(pieces(start, end)));
            }
            if (gap < 0) {
                break;
            }
            start = gap + 2;
        }
        return paragraphs;
    }

    private List<Piece> pieces(int from, int to) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (List<? extends Mark<?>> marks : List.of(mentions, quotes, speakerMentions)) {
            for (Mark<?> m : marks) {
                cuts.add(Math.max(from, Math.min(to, m.start())));
                cuts.add(Math.max(from, Math.min(to, m.end())));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            Mark<EntityLine> mention = covering(mentions, a, b);
            Mark<QuoteLine> quote = covering(quotes, a, b);
            Mark<QuoteLine> said = covering(speakerMentions, a, b);
            pieces.add(new Piece(text.substring(a, b), mention == null ? null : mention.value(),
                    mention == null ? "" : mention.kind(), quote == null ? null : quote.value(),
                    quote != null && quote.end() == b, said == null ? null : said.value()));
            a = b;
        }
        return pieces;
    }

    private static <T> Mark<T> covering(List<Mark<T>> marks, int from, int to) {
        for (Mark<T> m : marks) {
            if (m.covers(from, to)) {
                return m;
            }
        }
        return null;
    }

    /** Adds the span of {@code node} ({@code start}, {@code end} in code points) when it is sound. */
    private <T> void add(List<Mark<T>> marks, JsonNode node, T value, String kind) {
        int start = node.path("start").asInt(-1);
        int end = node.path("end").asInt(-1);
        if (start < 0 || end <= start || end >= charAt.length) {
            return; // a span outside the text marks nothing rather than failing the page
        }
        marks.add(new Mark<>(charAt[start], charAt[end], value, kind));
    }

    /** {@return for each code point offset 0..n, its string index} */
    private static int[] codePointIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        int cp = 0;
        while (i < text.length()) {
            index[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        index[cp] = i;
        return index;
    }
}
