package dev.herald.entities.types;

import dev.herald.model.Metonym;
import dev.herald.model.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells, from the words around it, whether a place name is used for a political actor: the subject
 * of a verb of saying, deciding, wanting, demanding ("Moscow wants", "London and Paris have
 * agreed", "Kyiv is demanding"), the one addressed by an accusation or warning ("accused Beijing
 * of"), the agent of such a verb in the passive ("backed by Kyiv"), a party to talks, ties or a
 * dispute ("talks between Kyiv and Moscow", "ties with Tehran"), or the owner of a position,
 * response or policy ("Beijing's response"). A name after a preposition of place ("in Moscow", "to
 * Beijing", "flights from London"), a name modifying a noun ("Moscow residents said") and a name
 * owning anything else ("Moscow's streets") are literal. Word lists ({@link PoliticalWords}) and,
 * where the profile sets them, part-of-speech tags; no parses, so it works in every profile. One
 * instance serves one article.
 */
public final class PoliticalContexts {
    private static final Set<String> VERBS = PoliticalWords.SUBJECT_VERBS;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "nor");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");
    private static final int PARTY_REACH = 14;

    private final List<Token> tokens;
    private final int[] placeStart;
    private final int[] placeEnd;

    /**
     * @param tokens the article's tokens
     * @param places the token ranges ({@code [first, last]}) of the article's place mentions, each a
     *               name that may be coordinated with another ("London and Paris")
     */
    public PoliticalContexts(List<Token> tokens, List<int[]> places) {
        this.tokens = tokens;
        this.placeStart = new int[tokens.size()];
        this.placeEnd = new int[tokens.size()];
        Arrays.fill(placeStart, -1);
        Arrays.fill(placeEnd, -1);
        for (int[] r : places) {
            for (int i = r[0]; i <= r[1]; i++) {
                placeStart[i] = r[0];
                placeEnd[i] = r[1];
            }
        }
    }

    /** {@return how the place name on tokens {@code first..last} is used politically, if it is} */
    public Optional<Metonym.Use> useOf(int first, int last) {
        if (last + 1 < tokens.size() && same(last + 1, last) && isPossessive(lower(last + 1))) {
            return possessor(last) ? Optional.of(Metonym.Use.POSSESSOR) : Optional.empty();
        }
        if (!modifiesNext(last)) {
            if (party(first)) {
                return Optional.of(Metonym.Use.PARTY);
            }
            if (agent(first)) {
                return Optional.of(Metonym.Use.AGENT);
            }
            if (addressee(first)) {
                return Optional.of(Metonym.Use.ADDRESSEE);
            }
        }
        return subjectPosition(first) ? subject(last) : Optional.empty();
    }

    /**
     * Whether the name modifies what follows it: a name it is part of ("UK Chancellor") or a noun
     * ("US investors"), told by the tag where the profile tags.
     */
    private boolean modifiesNext(int last) {
        int k = last + 1;
        if (k >= tokens.size() || !same(k, last) || !isWord(k)) {
            return false;
        }
        if (!lowerWritten(k)) {
            return true;
        }
        return tokens.get(k).pos().startsWith("NN") && !PoliticalWords.FOLLOWERS.contains(lower(k));
    }

    /** "Beijing's response", "Moscow's new demands"; not "Moscow's streets". */
    private boolean possessor(int last) {
        int k = last + 1;
        for (int i = k + 1; i <= k + 3 && same(i, last); i++) {
            String w = lower(i);
            if (PoliticalWords.POSSESSED.contains(w) && lowerWritten(i)) {
                return true;
            }
            if (!isWord(i) || PoliticalWords.PREPOSITIONS.contains(w) || w.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** "talks between Kyiv and Moscow", "ties with Tehran", "negotiating with London and Paris". */
    private boolean party(int first) {
        int k = firstConjunct(first) - 1;
        if (k < 0 || !same(k, first)) {
            return false;
        }
        if (lower(k).equals("between")) {
            return partyNounBefore(k);
        }
        return lower(k).equals("with") && k > 0 && same(k - 1, first)
                && PoliticalWords.WITH_PARTY.contains(lower(k - 1));
    }

    /** The nearest telling noun before "between": a party noun (talks) or a literal one (border, flights). */
    private boolean partyNounBefore(int between) {
        for (int i = between - 1; i >= 0 && between - i <= PARTY_REACH && same(i, between); i--) {
            String w = lower(i);
            if (PoliticalWords.LITERAL_BETWEEN.contains(w)) {
                return false;
            }
            if (PoliticalWords.PARTY.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "a plan backed by Kyiv", "sanctions imposed by London". */
    private boolean agent(int first) {
        int by = first - 1;
        return by >= 1 && same(by - 1, first) && lower(by).equals("by")
                && PoliticalWords.PARTICIPLES.contains(lower(by - 1));
    }

    /** "accused Beijing of", "warned Moscow against", "urged London to". */
    private boolean addressee(int first) {
        int v = first - 1;
        return v >= 0 && same(v, first) && PoliticalWords.ADDRESSING.contains(lower(v));
    }

    /**
     * Whether the name stands where a subject starts: first in its sentence, after punctuation, a
     * conjunction, a time word or a verb of saying ("said Washington accused"), not after a preposition
     * ("in Moscow"), a verb or noun ("stress US support") or a name it belongs to ("Athletics Ireland").
     */
    private boolean subjectPosition(int first) {
        int before = firstConjunct(first) - 1;
        if (before >= 0 && same(before, first) && lower(before).equals("the")) {
            before--; // "The United States urged"
        }
        return before < 0 || !same(before, first) || !isWord(before) || PoliticalWords.OPENERS.contains(lower(before));
    }

    /**
     * "Moscow wants", "London and Paris have agreed", "Kyiv is demanding", "Britain is worried"; in
     * the passive, only the one addressed ("Beijing was accused of"), not "Britain could be defended".
     */
    private Optional<Metonym.Use> subject(int last) {
        int i = last + 1;
        boolean passive = false;
        while (i < tokens.size() && same(i, last)) {
            String w = lower(i);
            int next = i + 1 < tokens.size() && lower(i + 1).equals("the") ? i + 2 : i + 1;
            if (COORDINATORS.contains(w) && next < tokens.size() && placeEnd[next] >= 0) {
                i = placeEnd[next] + 1; // "London and Paris", "the Netherlands, Portugal and the Czech Republic"
            } else if (w.equals(",")) {
                int close = insertionEnd(i);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 1;
            } else if (PoliticalWords.AUXILIARIES.contains(w)) {
                passive |= BE.contains(w);
                i++;
            } else {
                return lowerWritten(i) ? verbUse(w, i, last, passive) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Metonym.Use> verbUse(String w, int i, int last, boolean afterBe) {
        if (PoliticalWords.STANCES.contains(w) && copulaBefore(i, last)) {
            return Optional.of(Metonym.Use.SUBJECT);
        }
        if (afterBe && (w.endsWith("ed") || PoliticalWords.PARTICIPLES.contains(w))) {
            return PoliticalWords.ADDRESSING.contains(w) ? Optional.of(Metonym.Use.ADDRESSEE) : Optional.empty();
        }
        boolean political = VERBS.contains(w) && !objectNeeded(w) || objectNeeded(w) && partyObject(i);
        return political && !sportObject(i) ? Optional.of(Metonym.Use.SUBJECT) : Optional.empty();
    }

    /** ", however," / ", which denies the claim,": the comma closing a short insertion, or -1. */
    private int insertionEnd(int comma) {
        if (comma + 1 >= tokens.size() || !PoliticalWords.INSERTION_OPENERS.contains(lower(comma + 1))) {
            return -1;
        }
        for (int i = comma + 1; i < tokens.size() && i - comma <= 12 && same(i, comma); i++) {
            if (word(i).equals(",")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean objectNeeded(String verb) {
        return PoliticalWords.DEAL_VERBS.contains(verb);
    }

    /** "claimed victory", "took the title": a team's win, not a state's act. */
    private boolean sportObject(int verb) {
        for (int i = verb + 1; i <= verb + 3 && i < tokens.size() && same(i, verb); i++) {
            if (PoliticalWords.SPORT.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** "held several rounds of talks", "signed a deal": a party noun soon after the verb. */
    private boolean partyObject(int verb) {
        for (int i = verb + 1; i <= verb + 6 && i < tokens.size() && same(i, verb); i++) {
            if (PoliticalWords.PARTY.contains(lower(i)) || PoliticalWords.DEALS.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean copulaBefore(int i, int last) {
        for (int k = i - 1; k > last; k--) {
            String w = lower(k);
            if (BE.contains(w) || w.equals("'s")) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the first name of a coordination ending with the name at {@code first}: "Kyiv and Moscow". */
    private int firstConjunct(int first) {
        int k = first;
        while (k >= 2 && same(k - 1, first) && CONJUNCTIONS.contains(lower(k - 1)) && placeEnd[k - 2] >= 0
                && same(k - 2, first)) {
            k = placeStart[k - 2];
        }
        return k;
    }

    private boolean same(int i, int j) {
        return i >= 0 && i < tokens.size() && j >= 0 && j < tokens.size()
                && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    private boolean isWord(int i) {
        return word(i).chars().anyMatch(Character::isLetter);
    }

    /** Whether token {@code i} is written in lower case: "State" in "Moscow State University" is no verb. */
    private boolean lowerWritten(int i) {
        String w = word(i);
        return w.equals(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("'");
    }

    private String word(int i) {
        return tokens.get(i).word();
    }

    private String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
