package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * A title in quotation marks is one name, a work: "The Crying Game", "Lawrence of Arabia",
 * "A World of Things". The quoted words must read as a title (capitalised words, numbers and the
 * small words titles keep in lower case), NER must have seen a name in them, and the names it saw
 * must not already be the whole quotation, with or without "The" before a name the gazetteer
 * knows ("The Wall Street Journal" in quotation marks is the paper); a trailing comma inside the
 * marks is not part of it.
 * A person's nickname between names was joined before ({@link InnerPunctuation}). A working step
 * of {@link MentionBoundaries}. One instance serves one article.
 */
final class QuotedTitles {
    private static final int MAX_WORDS = 8;
    /** Words a title keeps in lower case. */
    private static final Set<String> SMALL = Set.of("of", "the", "a", "an", "in", "on", "and", "for", "to", "at",
            "by", "with", "from", "'s", "\u2019s", "or", "de", "la", "del", "du", "le", "von", "van", "-");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");
    private final NameText text;
    private final Gazetteer gazetteer;

    QuotedTitles(NameText text, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
    }

    void apply(List<TokenRange> ranges) {
        for (int i = 0; i < text.size(); i++) {
            if (!text.isQuote(i) || text.capsLine(i)) {
                continue;
            }
            int close = i + 1;
            while (close < text.size() && close - i <= MAX_WORDS + 2 && text.sameSentence(close, i)
                    && !text.quotesPair(i, close)) {
                close++;
            }
            if (close < text.size() && text.quotesPair(i, close) && text.sameSentence(close, i)) {
                title(i + 1, close, ranges);
                i = close;
            }
        }
    }

    private void title(int from, int close, List<TokenRange> ranges) {
        int to = close;
        if (to - 1 > from && text.word(to - 1).equals(",")) {
            to--;
        }
        int end = to;
        if (to - from < 2 || to - from > MAX_WORDS || !readsAsTitle(from, to)) {
            return;
        }
        List<TokenRange> inside = ranges.stream().filter(r -> r.overlaps(from, end)).toList();
        boolean seen = !inside.isEmpty() && inside.stream().allMatch(r -> r.from() >= from && r.to() <= end);
        boolean whole = inside.size() == 1 && inside.get(0).to() == end && (inside.get(0).from() == from
                || inside.get(0).from() == from + 1 && ARTICLES.contains(text.word(from))
                && gazetteer.lookup(text.text(from + 1, end)).filter(n -> !n.weak()).isPresent());
        if (seen && !whole) {
            ranges.removeAll(inside);
            ranges.add(new TokenRange(from, to, EntityType.OTHER, TokenRange.Origin.RULE));
        }
    }

    private boolean readsAsTitle(int from, int to) {
        if (!text.capitalized(from) && !Character.isDigit(text.word(from).codePointAt(0))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = text.word(i);
            boolean ok = text.capitalized(i) || Character.isDigit(w.codePointAt(0)) || SMALL.contains(w)
                    && i > from && i < to - 1 || w.equals("'s") || w.equals("\u2019s");
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
