package dev.herald.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line looks like, where the rule file's patterns cannot say it: a headline in a list, prose,
 * a line about another story than the headline's.
 */
final class LineShapes {
    /** The most words a headline in a list has. */
    static final int HEADLINE_MAX_WORDS = 30;
    /** The fewest words of a paragraph that counts as prose, which a footer never is. */
    static final int PROSE_MIN_WORDS = 20;

    private static final Pattern BULLET = Pattern.compile("^[•·*▪►–—-]\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            "about", "after", "again", "against", "also", "amid", "because", "been", "before", "being", "could",
            "does", "from", "have", "here", "into", "just", "more", "most", "much", "only", "over", "said", "says",
            "should", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "under", "very", "warns", "were", "what", "when", "where", "which", "while", "will", "with",
            "would", "your", "news", "live", "latest", "update", "updates"));

    private LineShapes() {
    }

    /** {@return {@code line} without a list bullet ("• ", "- ", "* ") in front} */
    static String unbulleted(String line) {
        return BULLET.matcher(line).replaceFirst("");
    }

    /** {@return whether {@code title} (without its label) could be a headline in a list of links} */
    static boolean looksLikeHeadline(String bulleted) {
        String title = unbulleted(bulleted);
        int words = words(title).size();
        if (words == 0 || words > HEADLINE_MAX_WORDS) {
            return false;
        }
        boolean startsAsHeadline = Character.isLetterOrDigit(title.codePointAt(0)) || "‘'\"“".indexOf(title.charAt(0)) >= 0;
        if (!startsAsHeadline) {
            return false;
        }
        char last = title.charAt(title.length() - 1);
        return ".,;:".indexOf(last) < 0;
    }

    /** {@return whether {@code line} is a paragraph of prose: long, and ending as a sentence ends} */
    static boolean isProse(String line) {
        return words(line).size() >= PROSE_MIN_WORDS && endsSentence(line);
    }

    /** {@return whether {@code line} ends as a sentence ends: a full stop, ! or ?, maybe then a quote} */
    static boolean endsSentence(String line) {
        String end = line.replaceAll("[\"”’')\\]]+$", "");
        return !end.isEmpty() && ".!?…".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /**
     * {@return whether {@code line} shares no content word with {@code headline}} Content words have
     * four letters or more and are not stop words; two words are shared when one begins with the
     * other ("Japan", "Japanese").
     */
    static boolean isAboutAnotherStory(String line, String headline) {
        Set<String> own = contentWords(line);
        Set<String> theirs = contentWords(headline);
        return !own.isEmpty() && own.stream().noneMatch(w -> theirs.stream().anyMatch(h -> h.startsWith(w) || w.startsWith(h)));
    }

    /** {@return whether {@code line} repeats the headline, ignoring case and white space} */
    static boolean repeats(String line, String headline) {
        return normalize(line).equals(normalize(headline));
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : words(text)) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (lower.length() >= 4 && !STOP_WORDS.contains(lower)) {
                words.add(lower);
            }
        }
        return words;
    }

    private static List<String> words(String text) {
        Matcher m = WORD.matcher(text);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String normalize(String text) {
        return String.join(" ", words(text)).toLowerCase(Locale.ROOT);
    }
}
