package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names that NER ran on into a second name or a role:
 * <ul>
 *   <li>a body's or place's possessive before a title ends the name: "the Harbour Board's Director
 *       of Works" names "Harbour Board";</li>
 *   <li>"Espanyol of Barcelona": a name the article uses alone, "of" and a known place are a name
 *       and a place (a body's head before "of" keeps the whole, "Bank of Japan", and so do a title, "Duke
 *       of Kent", and a possessive, "Lloyd's of London");</li>
 *   <li>"told the BBC Michael Howard has ...": a known body followed by a name the article tags
 *       alone as a person is the body and the person (not a place: "Milan" may be a first name);</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class EmbeddedNames {
    private final NameText text;
    private final BoundaryWords words;
    private final Gazetteer gazetteer;
    private final ConjoinedNames evidence;

    EmbeddedNames(NameText text, BoundaryWords words, Gazetteer gazetteer, ConjoinedNames evidence) {
        this.text = text;
        this.words = words;
        this.gazetteer = gazetteer;
        this.evidence = evidence;
    }

    void apply(List<TokenRange> ranges) {
        // The person names of the ranges, asked for each word of each range: a set, not a scan of the
        // ranges each time (quadratic in a long text). Only personAfterBody adds a person range here.
        Set<String> persons = new HashSet<>();
        for (TokenRange o : ranges) {
            if (o.type() == EntityType.PERSON) {
                persons.add(nameKey(o.from(), o.to()));
            }
        }
        for (TokenRange r : List.copyOf(ranges)) {
            if (r.sure() || r.to() - r.from() < 2 || text.capsLine(r.from()) || r.type() == EntityType.PERSON
                    || gazetteer.lookup(text.text(r.from(), r.to())).isPresent()) {
                continue;
            }
            if (!possessiveBeforeTitle(r, ranges) && !placeAfterOf(r, ranges)) {
                personAfterBody(r, ranges, persons);
            }
        }
    }

    private boolean possessiveBeforeTitle(TokenRange r, List<TokenRange> ranges) {
        if (r.type() == EntityType.OTHER) {
            return false;
        }
        for (int i = r.from() + 1; i + 1 < r.to(); i++) {
            String w = text.word(i);
            if ((w.equals("'s") || w.equals("\u2019s")) && words.titles.contains(text.word(i + 1))) {
                ranges.set(ranges.indexOf(r), new TokenRange(r.from(), i, r.type(), r.origin()));
                return true;
            }
        }
        return false;
    }

    private boolean placeAfterOf(TokenRange r, List<TokenRange> ranges) {
        for (int k = r.from() + 1; k < r.to() - 1; k++) {
            if (!text.word(k).equals("of") || words.bodyHeads.contains(text.word(k - 1)) || text.word(k - 1).equals("'s")
                    || text.word(k - 1).equals("\u2019s")
                    || title(text.word(r.from())) || !known(k + 1, r.to(), true)
                    || !evidence.standsAlone(text.words(r.from(), k), r.from(), ranges)) {
                continue;
            }
            ranges.remove(r);
            ranges.add(new TokenRange(r.from(), k, r.type(), r.origin()));
            ranges.add(new TokenRange(k + 1, r.to(), EntityType.LOCATION, r.origin()));
            return true;
        }
        return false;
    }

    /** {@code persons}: the {@link #nameKey} of every person range (r, never a person, is none of them). */
    private void personAfterBody(TokenRange r, List<TokenRange> ranges, Set<String> persons) {
        for (int k = r.to() - 1; k > r.from(); k--) {
            boolean person = persons.contains(nameKey(k, r.to()));
            if (person && body(r.from(), k)) {
                ranges.remove(r);
                ranges.add(new TokenRange(r.from(), k, r.type(), r.origin()));
                ranges.add(new TokenRange(k, r.to(), EntityType.PERSON, r.origin()));
                persons.add(nameKey(k, r.to()));
                return;
            }
        }
    }

    /** {@return the number of tokens and the words of {@code [from, to)}: equal for ranges with the same words} */
    private String nameKey(int from, int to) {
        return (to - from) + "\u0000" + text.text(from, to);
    }

    /** {@return whether {@code w} is a title ("Prince of Wales", "Duke of Kent" name no body)} */
    private boolean title(String w) {
        return words.titles.contains(w) || words.rulers.contains(w) || Names.STYLES.contains(w);
    }

    private boolean known(int from, int to, boolean placeOnly) {
        Optional<GazetteerName> n = gazetteer.lookup(text.text(from, to)).filter(g -> !g.weak());
        if (n.isEmpty()) {
            return false;
        }
        Actor.Kind kind = n.get().actor().kind();
        return kind == Actor.Kind.PLACE || kind == Actor.Kind.COUNTRY || !placeOnly && kind == Actor.Kind.ORGANIZATION;
    }

    /** {@return whether {@code [from, to)} is a body the gazetteer knows (a place may be a first name: "Milan")} */
    private boolean body(int from, int to) {
        return gazetteer.lookup(text.text(from, to)).filter(g -> !g.weak())
                .filter(g -> g.actor().kind() == Actor.Kind.ORGANIZATION).isPresent();
    }
}
