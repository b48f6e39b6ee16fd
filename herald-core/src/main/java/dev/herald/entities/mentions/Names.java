package dev.herald.entities.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small facts about how news writes names. */
public final class Names {
    /** Honorifics that mark a person and are not part of the name. */
    public static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.",
            "Prof", "Prof.", "Mx", "Mx.");
    /** Honorifics that mark a person and stay part of how the person is named ("Lord Goldsmith"). */
    public static final Set<String> STYLES = Set.of("Sir", "Dame", "Lord", "Lady", "Baroness", "Baron");
    /** Lower-case particles inside personal names ("Joaquin del Olmo", "Joost van der Westhuizen"). */
    public static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos",
            "du", "la", "le", "bin", "ibn", "al", "el", "ter", "y");
    static final Set<String> MALE = Set.of("Mr", "Mr.", "Sir", "Lord", "Baron");
    static final Set<String> FEMALE = Set.of("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness");

    private Names() {
    }

    /** {@return whether {@code word} starts with a capital letter} */
    public static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** {@return whether {@code word} has letters and all of them are capitals} */
    public static boolean allCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** {@return whether a line of words is written in capitals (a headline, a sports table)} */
    public static boolean allCapsLine(List<String> words) {
        int letters = 0;
        int upper = 0;
        int wordsWithLetters = 0;
        for (String w : words) {
            int before = letters;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
            }
            wordsWithLetters += letters > before ? 1 : 0;
        }
        return wordsWithLetters >= 2 && letters > 0 && upper >= 0.8 * letters;
    }

    /** {@return {@code name} without a leading honorific, "the" or trailing possessive} */
    public static String bare(String name) {
        String s = name.strip().replaceAll("[\u2019']s$", "").replaceAll("[\u2019']$", "").strip();
        String[] words = s.split("\\s+");
        if (words.length > 1 && (HONORIFICS.contains(words[0]) || words[0].equalsIgnoreCase("the"))) {
            return s.substring(words[0].length()).strip();
        }
        return s;
    }

    /** {@return the words of {@code name} without honorifics and styles, lower-cased} */
    public static List<String> personWords(String name) {
        return java.util.Arrays.stream(bare(name).split("[\\s-]+"))
                .filter(w -> !HONORIFICS.contains(w) && !STYLES.contains(w))
                .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", ""))
                .filter(w -> !w.isEmpty()).toList();
    }
}
