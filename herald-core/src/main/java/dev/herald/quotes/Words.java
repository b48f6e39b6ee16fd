package dev.herald.quotes;

import dev.herald.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's text as a list of words and punctuation marks, each with its span: attribution reads
 * clauses word by word, independently of the NLP tokenizer.
 */
final class Words {
    /** A word, or one mark; no-break and other Unicode spaces separate words as a space does ("the\u00a0Daily News"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|[^\\s\\p{Z}\\p{L}\\p{N}]");

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2015");

    private final List<Word> words;

    private Words(List<Word> words) {
        this.words = List.copyOf(words);
    }

    /** One word or punctuation mark. */
    record Word(Span span, String text) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isPunct() {
            return !Character.isLetterOrDigit(text.codePointAt(0));
        }

        boolean isCapitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** {@return whether this is a dash: hyphen-minus, en, em or horizontal bar, as news writes dashes} */
        boolean isDash() {
            return DASHES.contains(text);
        }
    }

    static Words of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(new Span(m.start(), m.end()), m.group()));
        }
        return new Words(words);
    }

    Word get(int i) {
        return words.get(i);
    }

    int size() {
        return words.size();
    }

    /** {@return the index of the first word starting at or after {@code offset}} */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the index range [from, to) of the words lying inside {@code span}} */
    int[] within(Span span) {
        int from = firstAtOrAfter(span.start());
        int to = from;
        while (to < words.size() && words.get(to).span().end() <= span.end()) {
            to++;
        }
        return new int[] {from, to};
    }
}
