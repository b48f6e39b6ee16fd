package dev.herald.entities.mentions;

import dev.herald.lexicon.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small facts about how news writes names. */
public final class Names {
    private static final Lexicon LEXICON = Lexicon.bundled();
    /**
     * Honorifics that mark a person and are not part of the name, with and without a full stop: the
     * shared lexicon's {@code name-honorific dropped}. Static because names are compared in many static
     * helpers; the lexicon's one reader loads them.
     */
    public static final Set<String> HONORIFICS = honorifics(LEXICON, "dropped", true);
    /** Honorifics that stay part of how the person is named ("Lord Goldsmith"): {@code name-honorific kept}. */
    public static final Set<String> STYLES = honorifics(LEXICON, "kept", false);
    /** Lower-case particles inside personal names ("Joaquin del Olmo", "Joost van der Westhuizen"). */
    public static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos",
            "du", "la", "le", "bin", "ibn", "al", "el", "ter", "y");

    private Names() {
    }

    /**
     * {@return the {@code name-honorific} words of {@code use} in {@code lexicon}, each also with a full
     * stop when {@code dotted}}
     *
     * @throws IllegalArgumentException when one is not an {@code honorific} of the lexicon, so that the
     *     entity rules and attribution cannot disagree on what an honorific is
     */
    static Set<String> honorifics(Lexicon lexicon, String use, boolean dotted) {
        Set<String> all = Set.copyOf(lexicon.all("honorific"));
        Set<String> out = new java.util.HashSet<>();
        for (String w : lexicon.words("name-honorific", use)) {
            if (!all.contains(w)) {
                throw new IllegalArgumentException("lexicon: name-honorific " + use + " '" + w
                        + "' is not an honorific; add it to an 'honorific m|f|any' line");
            }
            out.add(w);
            if (dotted) {
                out.add(w + ".");
            }
        }
        return Set.copyOf(out);
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
