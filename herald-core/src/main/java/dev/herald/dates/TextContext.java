package dev.herald.dates;

import dev.herald.dates.DateExpression.Direction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions about the words around a match: is it at the start of a sentence, is it after a
 * capitalized word, does its sentence point to the future, is a number followed by a counted noun.
 * Immutable.
 */
final class TextContext {
    private static final String SENTENCE_OPENERS = ".!?:;\"“”‘'([—–•";
    private static final int MAX_LOOK_BACK = 300;

    private final Pattern futureCue;
    private final Set<String> countNouns;
    private final Set<String> notPlural;

    TextContext(DatePatterns patterns, DateWords words) {
        this.futureCue = patterns.futureCue;
        this.countNouns = Set.copyOf(words.all("countnoun"));
        this.notPlural = Set.copyOf(words.all("notplural"));
    }

    /** {@return whether {@code c} is white space, no-break spaces included} */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@return whether the word at {@code pos} starts a sentence, a line or a quotation} */
    static boolean startsSentence(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || SENTENCE_OPENERS.indexOf(text.charAt(i)) >= 0;
    }

    /** {@return the word just before {@code pos}, across white space; empty after punctuation} */
    static String previousWord(String text, int pos) {
        int start = previousWordStart(text, pos);
        int end = start;
        while (end < pos && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** {@return where the word just before {@code pos} starts; {@code pos} itself when there is none} */
    static int previousWordStart(String text, int pos) {
        int end = pos;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? pos : start;
    }

    /**
     * {@return whether a capitalized word that does not start a sentence comes just before {@code pos}:
     * "Theresa May", "Black Friday"}
     */
    static boolean afterCapitalizedWord(String text, int pos) {
        int wordStart = previousWordStart(text, pos);
        if (wordStart == pos || !Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        return !startsSentence(text, wordStart);
    }

    /** {@return whether a capitalized word follows {@code end} after one space: "Sunday Programme"} */
    static boolean beforeCapitalizedWord(String text, int end) {
        return end + 1 < text.length() && isSpace(text.charAt(end)) && Character.isUpperCase(text.charAt(end + 1));
    }

    /** {@return whether the word at {@code pos} is capitalized in the middle of a sentence} */
    static boolean capitalizedMidSentence(String text, int pos) {
        boolean allCaps = pos + 1 < text.length() && Character.isUpperCase(text.charAt(pos + 1));
        return Character.isUpperCase(text.charAt(pos)) && !allCaps && !startsSentence(text, pos);
    }

    /** {@return whether the sentence before {@code pos} has a future cue ("will", "is due")} */
    boolean futureBefore(String text, int pos) {
        int start = pos;
        while (start > 0 && pos - start < MAX_LOOK_BACK && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return futureCue.matcher(text).region(start, pos).find();
    }

    /** {@return the direction of a date without year: ahead after a future cue, else behind} */
    Direction tense(String text, int start) {
        return futureBefore(text, start) ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE;
    }

    /** {@return whether the word after {@code end} is a counted noun: "2000 troops", "2015 votes"} */
    boolean countNounAfter(String text, int end) {
        int start = end;
        while (start < text.length() && isSpace(text.charAt(start)) && text.charAt(start) != '\n') {
            start++;
        }
        int stop = start;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        String word = text.substring(start, stop);
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (countNouns.contains(lower)) {
            return true;
        }
        boolean plural = lower.length() >= 4 && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
        return plural && !notPlural.contains(lower);
    }
}
