package dev.herald.entities.mentions;

import dev.herald.model.EntityType;

import java.util.List;
import java.util.Optional;

/**
 * Names with punctuation inside:
 * <ul>
 *   <li>a nickname in quotation marks or a name in brackets between a person's names belongs to
 *       the one name: Roberto "Hands of Stone" Duran, James Leander (Leo) Nichols;</li>
 *   <li>a first name an editor put in brackets before a surname belongs to it: "(Tom) Seaver";</li>
 *   <li>a name never holds an unclosed bracket: "Hizbollah (Party of God" is a name and another
 *       name in brackets (after a person, the words in brackets are left to NER: "J Thomas
 *       (Neath-Swansea").</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class InnerPunctuation {
    private static final int MAX_INSIDE = 5;
    private final NameText text;

    InnerPunctuation(NameText text) {
        this.text = text;
    }

    void apply(List<TokenRange> ranges) {
        // ranges.contains scans the list: it comes last, after the cheap tests without which nothing
        // happens, or a long text is quadratic. The tests are free of side effects.
        for (TokenRange r : List.copyOf(ranges)) {
            if (r.type() == EntityType.PERSON && opensInsertion(r) && ranges.contains(r)) {
                joinAcrossInsertion(r, ranges);
            }
        }
        for (TokenRange r : List.copyOf(ranges)) {
            if (hasBracket(r) && ranges.contains(r)) {
                balanceBrackets(r, ranges);
            }
        }
    }

    /** {@return whether a quotation mark or an opening bracket follows {@code r} in its sentence} */
    private boolean opensInsertion(TokenRange r) {
        int open = r.to();
        return text.sameSentence(open, r.from()) && (text.isQuote(open) || text.word(open).equals("("));
    }

    /** {@return whether {@code r} has a bracket: only then can {@link #balanceBrackets} change it} */
    private boolean hasBracket(TokenRange r) {
        for (int i = r.from(); i < r.to(); i++) {
            if (text.word(i).equals("(") || text.word(i).equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** Roberto "Hands of Stone" Duran, James Leander (Leo) Nichols: one person. */
    private void joinAcrossInsertion(TokenRange first, List<TokenRange> ranges) {
        int open = first.to();
        if (!text.sameSentence(open, first.from()) || !(text.isQuote(open) || text.word(open).equals("("))) {
            return;
        }
        int close = open + 1;
        while (close < text.size() && close - open <= MAX_INSIDE && text.sameSentence(close, open)
                && !closes(open, close)) {
            close++;
        }
        if (close >= text.size() || !closes(open, close) || close == open + 1 || !text.capitalized(open + 1)) {
            return;
        }
        int after = close + 1;
        int end = close;
        Optional<TokenRange> last = ranges.stream().filter(r -> r.from() > open && r.from() <= after && r.to() > end
                && r.type() == EntityType.PERSON).findFirst();
        if (last.isEmpty() || !text.sameSentence(after, open)) {
            return;
        }
        ranges.removeIf(r -> r.overlaps(first.from(), last.get().to()));
        ranges.add(new TokenRange(first.from(), last.get().to(), EntityType.PERSON, TokenRange.Origin.RULE));
    }

    private boolean closes(int open, int at) {
        return text.word(open).equals("(") ? text.word(at).equals(")") : text.quotesPair(open, at);
    }

    /** "Tom ) Seaver" takes its opening bracket; "Hizbollah ( Party of God" is two names. */
    private void balanceBrackets(TokenRange r, List<TokenRange> ranges) {
        int depth = 0;
        for (int i = r.from(); i < r.to(); i++) {
            String w = text.word(i);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
                if (depth < 0) {
                    unopened(r, ranges);
                    return;
                }
            }
        }
        if (depth > 0) {
            unclosed(r, ranges);
        }
    }

    private void unopened(TokenRange r, List<TokenRange> ranges) {
        int before = r.from() - 1;
        if (text.sameSentence(before, r.from()) && text.word(before).equals("(")) {
            ranges.remove(r);
            ranges.add(new TokenRange(before, r.to(), r.type(), r.origin()));
        }
    }

    private void unclosed(TokenRange r, List<TokenRange> ranges) {
        int open = r.from();
        while (!text.word(open).equals("(")) {
            open++;
        }
        ranges.remove(r);
        if (open > r.from()) {
            ranges.add(new TokenRange(r.from(), open, r.type(), r.origin()));
        }
        if (open + 1 < r.to() && r.type() != EntityType.PERSON) {
            ranges.add(new TokenRange(open + 1, r.to(), r.type(), r.origin()));
        }
    }
}
