package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Places by the words around them: a short name ending in a landmark word ("Tiananmen Square"); a
 * name after or before a place noun ("the city of Lisle", "Dura refugee camp") wherever the article
 * names it, save a club of a sports report; the town of a dateline ("LISLE , Ruritania 2024-05-01")
 * and the region after it. List: {@code place-nouns.txt}. A step of {@link TypeEvidence}; one
 * instance serves one article.
 */
final class PlaceEvidence extends EvidenceStep {
    private final Set<String> clubs;
    private final Set<String> months;

    PlaceEvidence(EvidenceStep article, Set<String> clubs, Set<String> months) {
        super(article);
        this.clubs = clubs;
        this.months = months;
    }

    /**
     * A short name ending in a landmark word ("Tiananmen Square") is a place, not a body (a long one
     * is more often a body named after it).
     */
    void landmarks(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.to() - r.from() >= 2 && r.to() - r.from() <= 3
                    && words(r.from(), r.to()).stream().allMatch(Names::capitalized)
                    && LANDMARK_WORDS.contains(tokens.get(r.to() - 1).word())) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /**
     * A county named in one word ending in "shire" ("Leicestershire") that NER took for a body is
     * the place: its cricket club is meant only in a sports report, where this step is not run.
     */
    void shires(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            String w = tokens.get(r.from()).word();
            if (r.to() - r.from() == 1 && r.type() == EntityType.ORGANIZATION && !r.sure() && w.length() > 5
                    && w.endsWith("shire") && Names.capitalized(w)) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /**
     * Towns listed together ("she visits Leeds, Hull, York and Bath"): a one-word name NER took for a
     * body, known to the gazetteer as a place, in a list of names (commas, "and") that holds a place is
     * the place, not its club; this step is not run in a sports report.
     */
    void listedTowns(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.to() - r.from() == 1 && r.type() == EntityType.ORGANIZATION && !r.sure() && knownPlace(r)
                    && (listHoldsPlace(ranges, i, -1) || listHoldsPlace(ranges, i, 1))) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** A place the gazetteer knows; an acronym ("EU") is not read as a GeoNames town ("Eu"). */
    private boolean knownPlace(TokenRange r) {
        String name = text(r);
        Optional<Actor.Kind> kind = gazetteer.lookup(name).map(n -> n.actor().kind());
        return kind.isPresent() ? kind.get() == Actor.Kind.PLACE || kind.get() == Actor.Kind.COUNTRY
                : !Names.allCaps(name) && gazetteer.town(name, 0).isPresent();
    }

    /** {@return whether the names listed before ({@code step} -1) or after (+1) name {@code at} hold a place} */
    private boolean listHoldsPlace(List<TokenRange> ranges, int at, int step) {
        for (int j = at + step; j >= 0 && j < ranges.size(); j += step) {
            TokenRange left = ranges.get(Math.min(j, j - step));
            TokenRange right = ranges.get(Math.max(j, j - step));
            if (left.to() + 1 != right.from() || !isListJoin(left.to()) || sentenceOf[left.from()] != sentenceOf[right.from()]) {
                return false;
            }
            if (ranges.get(j).type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the northern city of Lisle", "Dura refugee camp", "Lisle village": a place, wherever the
     * article names it (save a club of a sports report); names listed after it ("the towns of Lisle
     * and Dura") too. A name tagged {@code OTHER} is retyped only where the evidence stands, and
     * not where it describes the place ("an Afghan village", "a Moslem village").
     */
    void places(List<TokenRange> ranges) {
        Set<String> places = new HashSet<>();
        Set<TokenRange> others = new HashSet<>();
        TokenRange previous = null;
        for (TokenRange r : ranges) {
            boolean listed = previous != null && places.contains(key(previous.from(), previous.to()))
                    && previous.to() + 1 == r.from() && isListJoin(previous.to())
                    && sentenceOf[previous.from()] == sentenceOf[r.from()];
            if (!r.sure() && !capsToken[r.from()] && (listed || placeNounBefore(r) || placeNounAfter(r))) {
                if (r.type() != EntityType.OTHER) {
                    places.add(key(r.from(), r.to()));
                } else if (!nationality(r) && !afterIndefiniteArticle(r)) {
                    others.add(r);
                }
            }
            previous = r;
        }
        places.removeAll(clubs);
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean named = r.type() != EntityType.OTHER && places.contains(key(r.from(), r.to()));
            if (r.type() != EntityType.LOCATION && !r.sure() && (named || others.contains(r))) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** "a Moslem village": the name describes the place rather than naming it. */
    private boolean afterIndefiniteArticle(TokenRange r) {
        if (r.from() == 0 || sentenceOf[r.from() - 1] != sentenceOf[r.from()]) {
            return false;
        }
        String w = tokens.get(r.from() - 1).word().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || Character.isDigit(w.charAt(0)) || w.equals("many")
                || w.equals("some") || w.equals("several");
    }

    private boolean placeNounBefore(TokenRange r) {
        for (List<String> before : lists.placeNounsBefore()) {
            int from = r.from() - before.size();
            if (from >= 0 && sentenceOf[from] == sentenceOf[r.from()] && words(from, r.from()).equals(before)) {
                return true;
            }
        }
        return false;
    }

    private boolean placeNounAfter(TokenRange r) {
        int at = r.to();
        if (at < tokens.size() && sentenceOf[at] == sentenceOf[r.from()] && tokens.get(at).word().equals("refugee")) {
            at++;
        }
        return at < tokens.size() && sentenceOf[at] == sentenceOf[r.from()]
                && lists.placeNounsAfter().contains(tokens.get(at).word());
    }

    /** {@return whether the name is a nationality: known as one, or written like one ("Bahraini", "Kurdish")} */
    private boolean nationality(TokenRange r) {
        String w = text(r);
        return is(r, Actor.Kind.DEMONYM) || r.to() - r.from() == 1 && w.matches(".*(ian|ese|ish|ic|i)");
    }

    /**
     * "LISLE , Ruritania 2024-05-01", "LISLE 2024-05-01": the town a report is filed from, and the
     * region or country after it, are places.
     */
    void datelines(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            Sentence s = sentences.get(sentenceOf[r.from()]);
            if (r.from() != s.firstToken() || r.sure() || !Names.allCaps(String.join("", words(r.from(), r.to())))) {
                continue;
            }
            int at = r.to();
            TokenRange region = null;
            if (at < s.endToken() && tokens.get(at).word().equals(",") && i + 1 < ranges.size()
                    && ranges.get(i + 1).from() == at + 1 && ranges.get(i + 1).type() != EntityType.PERSON) {
                region = ranges.get(i + 1);
                at = region.to();
            }
            if (at + 1 < s.endToken() && tokens.get(at).word().equals(",") && region != null) {
                at++;
            }
            if (at < s.endToken() && dateLike(tokens.get(at).word())) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
                if (region != null && !region.sure()) {
                    ranges.set(i + 1, region.as(EntityType.LOCATION, TokenRange.Origin.RULE));
                }
            }
        }
    }

    private boolean dateLike(String w) {
        return w.matches("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\(|\u2014")
                || months.contains(w.replace(".", ""));
    }
}
