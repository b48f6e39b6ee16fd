package dev.herald.entities.mentions;

import dev.herald.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names with a possessive inside:
 * <ul>
 *   <li>where the article writes a company's legal name with "'s" inside ("Boatmen's Bancshares
 *       Inc"), the same words with "'s" stand for that company alone: "Boatmen's was the prize"
 *       names the company "Boatmen's" (a body's possessive elsewhere, "the Bank's minutes", is
 *       not part of a name);</li>
 *   <li>a possessive head such as "Queen" or "Lord" before a name ("Queen's Park") or alone as a
 *       name ("at Lord's") takes the "'s" into the name.</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class PossessiveNames {
    private final NameText text;
    private final BoundaryWords words;

    PossessiveNames(NameText text, BoundaryWords words) {
        this.text = text;
        this.words = words;
    }

    void apply(List<TokenRange> ranges) {
        Map<String, EntityType> owners = owners(ranges);
        for (TokenRange r : List.copyOf(ranges)) {
            int s = r.to();
            // ranges.contains scans the list: it comes last, or a long text is quadratic.
            if (!text.sameSentence(s, r.from()) || !possessive(s) || !ranges.contains(r)) {
                continue;
            }
            String owner = text.text(r.from(), r.to());
            boolean head = r.to() - r.from() == 1 && words.possessiveHeads.contains(owner)
                    && r.type() != EntityType.PERSON;
            TokenRange next = ranges.stream().filter(o -> o.from() == s + 1).findFirst().orElse(null);
            if (head && next != null) {
                ranges.remove(r);
                ranges.remove(next);
                ranges.add(new TokenRange(r.from(), next.to(), next.type(), TokenRange.Origin.RULE));
            } else if (head && !(text.sameSentence(s + 1, s) && text.capitalized(s + 1)) || owners.containsKey(owner)) {
                ranges.remove(r);
                ranges.add(new TokenRange(r.from(), s + 1, owners.getOrDefault(owner, r.type()), r.origin()));
            }
        }
        capitalisedHeads(ranges);
    }

    /** "Queen 's Park" where NER saw only "Park" or nothing: the head and the possessive join it. */
    private void capitalisedHeads(List<TokenRange> ranges) {
        for (int i = 0; i + 2 < text.size(); i++) {
            int head = i;
            int s = i + 1;
            int next = i + 2;
            if (!words.possessiveHeads.contains(text.word(i)) || !possessive(s) || !text.sameSentence(next, i)
                    || !text.capitalized(next) || text.capsLine(i) || ranges.stream().anyMatch(r -> r.overlaps(head, s))) {
                continue;
            }
            TokenRange after = ranges.stream().filter(r -> r.from() == next).findFirst().orElse(null);
            if (after != null && !after.sure()) {
                ranges.remove(after);
                ranges.add(new TokenRange(i, after.to(), after.type(), TokenRange.Origin.RULE));
            }
        }
    }

    /**
     * {@return the words before "'s" inside companies' legal names in the article ("Boatmen" of
     * "Boatmen 's Bancshares Inc"), with the type of the name they stand for}
     */
    private Map<String, EntityType> owners(List<TokenRange> ranges) {
        Map<String, EntityType> owners = new HashMap<>();
        for (TokenRange r : ranges) {
            if (r.type() != EntityType.ORGANIZATION || !words.corporateSuffixes.contains(text.word(r.to() - 1))) {
                continue;
            }
            for (int i = r.from(); i < r.to() - 1; i++) {
                if (possessive(i) && i > r.from()) {
                    owners.put(text.text(r.from(), i), r.type());
                }
            }
        }
        return owners;
    }

    private boolean possessive(int i) {
        return i < text.size() && (text.word(i).equals("'s") || text.word(i).equals("\u2019s"));
    }
}
