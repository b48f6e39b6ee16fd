package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.model.EntityType;

import java.util.List;
import java.util.Optional;

/**
 * Words NER takes into a name that are not part of it, at either end:
 * <ul>
 *   <li>a plural common noun and "of" opening a sentence: "Shares of Acme Corp" names "Acme Corp";</li>
 *   <li>a capitalised function word or adverb of time opening a sentence: "In Milwaukee", "Earlier
 *       Lib Dem" (work titles excepted); a
 *       one-word name NER took for a body after such a preposition and before a comma ("In
 *       Milwaukee, ...") is a place;</li>
 *   <li>a month before a body or a place: "the August Purchasing Managers Institute";</li>
 *   <li>a title or party label before a person's name: "Cardinal Wolsey", "Tory Edward Turnour" (honorifics and styles
 *       such as "Mr" and "Sir" stay, as Herald keeps them; {@link EntityResolver} still links "King
 *       [Charles]" to the gazetteer's "King Charles" by the word before the name);</li>
 *   <li>a regional adjective before a country: "Northern Iraq" names Iraq, unless the gazetteer
 *       knows the whole ("Northern Ireland");</li>
 *   <li>lower-case words before a name ("the chaotic Cultural Revolution"; after it they may be
 *       part of it, "BBC News website"), a number before any name but a work or event ("1979
 *       Democracy Wall"), securities after a company ("Acme GDRs") and letters after a person
 *       ("Frank Field MP"); securities alone ("the GDRs") and one lower-case word taken for a person,
 *       body or place ("the euro") are no name.</li>
 * </ul>
 * Names that a rule of the team set are left alone. A working step of {@link MentionBoundaries}.
 * One instance serves one article.
 */
final class NameTrims {
    private final NameText text;
    private final BoundaryWords words;
    private final Gazetteer gazetteer;

    NameTrims(NameText text, BoundaryWords words, Gazetteer gazetteer) {
        this.text = text;
        this.words = words;
        this.gazetteer = gazetteer;
    }

    void apply(List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            if (r.sure() || text.capsLine(r.from())) {
                continue;
            }
            int from = start(r);
            int to = end(r, from);
            if (to - from == 1 && (security(from, r.type()) || commonWord(r))) {
                ranges.remove(r);
            } else if (from != r.from() || to != r.to()) {
                EntityType type = placeAfterPreposition(r, from, to) ? EntityType.LOCATION : r.type();
                ranges.set(ranges.indexOf(r), new TokenRange(from, to, type, r.origin()));
            }
        }
    }

    /** {@return where {@code r} starts without the words before the name} */
    private int start(TokenRange r) {
        int from = afterOpeningWords(r.from(), r.to(), r.type());
        int f = from;
        while (r.to() - f > 1 && (lowerCaseEdge(f) || number(f) && r.type() != EntityType.OTHER)) {
            f++;
        }
        return startsName(f) ? f : from;
    }

    /** {@return where {@code r} ends without securities after a company's name or letters after a person's} */
    private int end(TokenRange r, int from) {
        int to = r.to();
        while (to - from > 1 && (security(to - 1, r.type())
                || r.type() == EntityType.PERSON && words.postNominals.contains(text.word(to - 1)))) {
            to--;
        }
        return to;
    }

    /**
     * {@return whether {@code r} is one lower-case word of letters NER took for a person, body or
     * place ("the euro"), which the gazetteer does not know: a common word, no name}
     */
    private boolean commonWord(TokenRange r) {
        String w = text.word(r.from());
        return r.to() - r.from() == 1 && r.type() != EntityType.OTHER && text.lowerCase(r.from())
                && w.chars().allMatch(Character::isLetter) && gazetteer.lookup(w).isEmpty();
    }

    private boolean security(int i, EntityType type) {
        return type == EntityType.ORGANIZATION && words.securities.contains(text.word(i));
    }

    /** {@return whether "In Milwaukee ," lost its preposition and leaves one word NER took for a body} */
    private boolean placeAfterPreposition(TokenRange r, int from, int to) {
        return from == r.from() + 1 && to - from == 1 && r.type() == EntityType.ORGANIZATION
                && NerCorrector.PLACE_PREPOSITIONS.contains(text.word(r.from()).toLowerCase(java.util.Locale.ROOT))
                && text.sameSentence(to, from) && text.word(to).equals(",");
    }

    private int afterOpeningWords(int from, int to, EntityType type) {
        if (to - from > 2 && text.opensSentence(from) && words.groupNouns.contains(text.word(from))
                && text.word(from + 1).equals("of")) {
            return from + 2;
        }
        if (to - from > 1 && text.opensSentence(from) && words.openers.contains(text.word(from))
                && type != EntityType.OTHER) {
            return from + 1;
        }
        boolean known = gazetteer.lookup(text.text(from, to)).isPresent();
        if (to - from > 1 && !known && words.months.contains(text.word(from))
                && type != EntityType.PERSON && type != EntityType.OTHER) {
            return from + 1;
        }
        int f = from;
        while (to - f > 1 && type == EntityType.PERSON && words.titles.contains(text.word(f))) {
            f++;
        }
        if (to - f > 1 && !known && words.regionalAdjectives.contains(text.word(f)) && country(f + 1, to)) {
            f++;
        }
        return f;
    }

    private boolean country(int from, int to) {
        Optional<GazetteerName> n = gazetteer.lookup(text.text(from, to));
        return n.isPresent() && n.get().actor().kind() == Actor.Kind.COUNTRY;
    }

    private boolean lowerCaseEdge(int i) {
        String w = text.word(i);
        return text.lowerCase(i) && Character.isLetter(w.codePointAt(0)) && !Names.PARTICLES.contains(w) && !w.equals("'s") && !w.equals("\u2019s");
    }

    /** {@return whether a name may start at token {@code i}: a capitalised word or a number, not a hyphen} */
    private boolean startsName(int i) {
        return text.capitalized(i) || Character.isDigit(text.word(i).codePointAt(0));
    }

    private boolean number(int i) {
        return text.word(i).matches("\\d+([-/]\\d+)?");
    }
}
