package dev.herald.entities.types;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a sports report from other news by how dense it is in sports words
 * ({@code sports-words.txt}): a sports word counts 2, a word common outside sport too ("weak") 1;
 * a report has a sports word and scores at least {@value #DENSITY} per 100 words, with
 * {@value #DISTINCT} different words.
 * Density rather than a count, so that a long politics or business article that mentions football
 * twice is not read with sports conventions. Measured on the 2,225 BBC News articles by
 * {@code eval/genre.sh}. Thread-safe.
 */
final class SportsReport {
    /** Sports score per 100 words a sports report reaches. */
    static final double DENSITY = 2.0;
    /** Different sports words a sports report uses. */
    static final int DISTINCT = 3;

    private SportsReport() {
    }

    /**
     * {@return whether {@code words} (an article's tokens; punctuation is skipped) read as a sports report by
     * the lists {@code strong} and {@code weak}} ({@link EntityWords#sportsWords()} and
     * {@link EntityWords#weakSportsWords()})
     */
    static boolean reads(List<String> words, Set<String> strong, Set<String> weak) {
        int score = 0;
        int strongWords = 0;
        int counted = 0;
        Set<String> distinct = new HashSet<>();
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
                continue;
            }
            counted++;
            String w = word.toLowerCase(Locale.ROOT);
            if (strong.contains(w)) {
                score += 2;
                strongWords++;
                distinct.add(w);
            } else if (weak.contains(w)) {
                score += 1;
                distinct.add(w);
            }
        }
        return strongWords > 0 && distinct.size() >= DISTINCT && score * 100.0 >= DENSITY * Math.max(1, counted);
    }
}
