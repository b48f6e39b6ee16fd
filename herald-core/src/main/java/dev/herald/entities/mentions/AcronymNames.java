package dev.herald.entities.mentions;

import dev.herald.model.EntityType;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name followed by its acronym in brackets reaches back to where the acronym's letters begin:
 * where NER saw "U.N. Interim Force" and "Lebanon" in "the U.N. Interim Force in Lebanon
 * (UNIFIL)", the name is all five words. Small words may give a letter or none. The rule only
 * widens names (an acronym in another language may skip words); the name is a body when NER took
 * any of its parts for one ("World Travel" and "Tourism Council" before "(WTTC)"), else it keeps
 * the type NER gave most of its words. A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class AcronymNames {
    private static final Set<String> SMALL = Set.of("of", "the", "for", "and", "in", "on", "de", "des", "du", "la",
            "&", "to", "at");
    private static final int MAX_WORDS = 10;
    private final NameText text;

    AcronymNames(NameText text) {
        this.text = text;
    }

    void apply(List<TokenRange> ranges) {
        for (int p = 1; p + 2 < text.size(); p++) {
            if (!text.word(p).equals("(") || !text.word(p + 2).equals(")") || !text.sameSentence(p - 1, p + 2)
                    || text.capsLine(p)) {
                continue;
            }
            String letters = text.word(p + 1).replace(".", "");
            if (letters.length() < 2 || letters.length() > MAX_WORDS || !letters.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            int start = match(p - 1, letters, letters.length() - 1, p);
            if (start >= 0) {
                name(start, p, ranges);
            }
        }
    }

    private void name(int from, int to, List<TokenRange> ranges) {
        List<TokenRange> over = ranges.stream().filter(r -> r.overlaps(from, to)).toList();
        if (over.isEmpty() || over.stream().anyMatch(r -> r.to() > to || r.from() < from)
                || over.size() == 1 && over.get(0).from() == from && over.get(0).to() == to) {
            return;
        }
        TokenRange main = over.stream().max(Comparator.comparingInt(r -> Math.min(r.to(), to) - Math.max(r.from(), from)))
                .orElseThrow();
        boolean body = over.stream().anyMatch(r -> r.type() == EntityType.ORGANIZATION);
        ranges.removeAll(over);
        ranges.add(new TokenRange(from, to, body ? EntityType.ORGANIZATION : main.type(), TokenRange.Origin.RULE));
    }

    /**
     * {@return the first token of a name ending at token {@code at} whose words give
     * {@code letters[0..last]}, or -1}
     */
    private int match(int at, String letters, int last, int paren) {
        if (last < 0) {
            return text.capitalized(at + 1) && !SMALL.contains(text.word(at + 1)) ? at + 1 : -1;
        }
        if (at < 0 || paren - at > MAX_WORDS || !text.sameSentence(at, paren)) {
            return -1;
        }
        String w = text.word(at);
        if (SMALL.contains(w)) {
            int skipped = match(at - 1, letters, last, paren);
            if (skipped >= 0) {
                return skipped;
            }
            return initial(w) == letters.charAt(last) ? match(at - 1, letters, last - 1, paren) : -1;
        }
        if (!text.capitalized(at)) {
            return -1;
        }
        String own = w.replace(".", "");
        if ((w.contains(".") || Names.allCaps(w)) && own.length() <= last + 1
                && letters.substring(last + 1 - own.length(), last + 1).equals(own.toUpperCase(Locale.ROOT))) {
            int whole = match(at - 1, letters, last - own.length(), paren);
            if (whole >= 0) {
                return whole;
            }
        }
        return initial(w) == letters.charAt(last) ? match(at - 1, letters, last - 1, paren) : -1;
    }

    private static char initial(String w) {
        return Character.toUpperCase(w.charAt(0));
    }
}
