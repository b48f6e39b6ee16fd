package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Misspellings and transliterations of known places ("Kiyv" for Kyiv): a lone capitalized word
 * within one edit of a one-word place, after a preposition of place or joined by "and"/"or" to a
 * known place, and not part of a longer person's name in the article, is that place. A month's name
 * is never one ("in March" is no misspelling of Italy's Marche). A working step of
 * {@link NerCorrector}. Thread-safe.
 */
public final class MisspelledPlaces {
    private final Gazetteer gazetteer;
    private final Set<String> months;

    /** @param months month names (the shared lexicon's), which are words of dates, not misspelled places */
    public MisspelledPlaces(Gazetteer gazetteer, Set<String> months) {
        this.gazetteer = gazetteer;
        this.months = Set.copyOf(months);
    }

    public void apply(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = tokens.get(i).word();
            if (!Names.capitalized(w) || Names.allCaps(w) || !w.chars().allMatch(Character::isLetter)
                    || months.contains(w)) {
                continue;
            }
            boolean lone = (i == s.firstToken() || !Names.capitalized(tokens.get(i - 1).word()))
                    && (i + 1 >= s.endToken() || !Names.capitalized(tokens.get(i + 1).word()));
            // The word tests first: they are cheap, and a scan of the ranges for every capitalised word
            // makes a long text quadratic. Every test is free of side effects, so the order is no matter.
            if (lone && i > s.firstToken() && placeContext(tokens, s, i) && !w.matches(".*(an|ese|ish)$")
                    && free(ranges, i) && !partOfLongerPerson(tokens, ranges, w) && gazetteer.nearPlace(w).isPresent()) {
                NerCorrector.replace(ranges, new TokenRange(i, i + 1, EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** {@return whether token {@code i} is in no range, or alone in an unsure one-token range} */
    private static boolean free(List<TokenRange> ranges, int i) {
        List<TokenRange> over = ranges.stream().filter(r -> r.overlaps(i, i + 1)).toList();
        return over.isEmpty() || (over.size() == 1 && over.get(0).to() - over.get(0).from() == 1 && !over.get(0).sure());
    }

    /** A word after a preposition of place, or next to "and"/"or" beside a known place. */
    private boolean placeContext(List<Token> tokens, Sentence s, int i) {
        String before = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (NerCorrector.PLACE_PREPOSITIONS.contains(before)) {
            return true;
        }
        boolean linkAfter = i + 2 < s.endToken() && Set.of("and", "or").contains(tokens.get(i + 1).word());
        boolean linkBefore = i - 2 >= s.firstToken() && Set.of("and", "or").contains(before);
        return linkAfter && isPlace(tokens.get(i + 2).word()) || linkBefore && isPlace(tokens.get(i - 2).word());
    }

    private boolean isPlace(String word) {
        return gazetteer.lookup(word).map(n -> n.actor().type() == EntityType.LOCATION).orElse(false);
    }

    private static boolean partOfLongerPerson(List<Token> tokens, List<TokenRange> ranges, String word) {
        for (TokenRange r : ranges) {
            if (r.type() == EntityType.PERSON && r.to() - r.from() > 1) {
                for (int i = r.from(); i < r.to(); i++) {
                    if (tokens.get(i).word().equals(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
