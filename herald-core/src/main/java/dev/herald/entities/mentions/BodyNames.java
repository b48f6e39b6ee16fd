package dev.herald.entities.mentions;

import dev.herald.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Bodies' names that NER cut short:
 * <ul>
 *   <li>after a head noun ("Commission", "Council"), "of", "on" or "for" and capitalised words
 *       continue the name: "the Commission on Presidential Debates" (days and months do not:
 *       "the Commission on Friday"; nor does another name after "and", nor a place after "on");</li>
 *   <li>a place right before a head such as "University" is the start of a body's name:
 *       "N'Djamena University".</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class BodyNames {
    private static final Set<String> LINKS = Set.of("of", "on", "for");
    private static final Set<String> INNER = Set.of("the", "and", "of", "for", "&");
    private static final int MAX_TAIL = 6;
    private final NameText text;
    private final BoundaryWords words;

    BodyNames(NameText text, BoundaryWords words) {
        this.text = text;
        this.words = words;
    }

    void apply(List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            boolean bodyHead = r.type() == EntityType.ORGANIZATION && words.bodyHeads.contains(text.word(r.to() - 1));
            boolean placeBody = !bodyHead && r.type() == EntityType.LOCATION && text.sameSentence(r.to(), r.from())
                    && words.placeBodyHeads.contains(text.word(r.to()));
            // ranges.contains scans the list: only for a range the tests above keep, or a long text is quadratic.
            if (!bodyHead && !placeBody || !ranges.contains(r) || text.capsLine(r.from())) {
                continue;
            }
            if (bodyHead) {
                tail(r, ranges);
            } else {
                widen(r, r.from(), r.to() + 1, ranges);
            }
        }
    }

    /**
     * "Commission" + "on Presidential Debates": capitalised words after "of", "on" or "for", with
     * "the", "and", "of" between them; after "and" only a place continues the name ("for Latin
     * America and the Caribbean", not "of Ohio and Demos"), and after "on" no place does
     * ("Hofstra University on Long Island").
     */
    private void tail(TokenRange r, List<TokenRange> ranges) {
        int link = r.to();
        if (!text.sameSentence(link, r.from()) || !LINKS.contains(text.word(link))) {
            return;
        }
        boolean on = text.word(link).equals("on");
        int to = link + 1;
        int end = link + 1;
        while (to < text.size() && text.sameSentence(to, link) && to - link <= MAX_TAIL) {
            String w = text.word(to);
            if (text.capitalized(to) && !words.notNameTails.contains(w)) {
                boolean place = place(to, ranges);
                if (place && on || afterAnd(link, to) && !place) {
                    break;
                }
                to++;
                end = to;
            } else if (INNER.contains(w) && (to > link + 1 || w.equals("the"))) {
                to++;
            } else {
                break;
            }
        }
        if (end > link + 1) {
            widen(r, r.from(), end, ranges);
        }
    }

    private boolean place(int at, List<TokenRange> ranges) {
        return ranges.stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.contains(at, at + 1));
    }

    private boolean afterAnd(int link, int at) {
        int before = at - 1;
        if (before > link && text.word(before).equals("the")) {
            before--;
        }
        return before > link && (text.word(before).equals("and") || text.word(before).equals("&"));
    }

    private void widen(TokenRange r, int from, int to, List<TokenRange> ranges) {
        if (ranges.stream().anyMatch(o -> o != r && o.sure() && o.overlaps(from, to) || o.overlaps(from, to)
                && o.to() > to)) {
            return;
        }
        ranges.removeIf(o -> o.overlaps(from, to));
        ranges.add(new TokenRange(from, to, EntityType.ORGANIZATION, r.origin()));
    }
}
