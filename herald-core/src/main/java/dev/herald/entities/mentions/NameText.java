package dev.herald.entities.mentions;

import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A read-only view of an article's tokens and sentences for the boundary rules: words, sentence
 * limits, quotation marks, and where a word sequence occurs elsewhere. One instance serves one
 * article.
 */
final class NameText {
    private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u201e", "`", "'",
            "\u2018", "\u2019");
    private static final Set<String> DOUBLE = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u201e");
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    /** The token indexes of each word, ascending; built on first use, for searches of a word over the whole text. */
    private Map<String, List<Integer>> positions;

    NameText(List<Token> tokens, List<Sentence> sentences) {
        this.tokens = tokens;
        this.sentences = sentences;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    /** {@return the indexes of the tokens whose word is {@code word}, ascending} */
    List<Integer> positionsOf(String word) {
        if (positions == null) {
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                index.computeIfAbsent(word(i), w -> new ArrayList<>()).add(i);
            }
            positions = index;
        }
        return positions.getOrDefault(word, List.of());
    }

    /** {@return every token index, ascending} */
    List<Integer> allPositions() {
        return IntStream.range(0, tokens.size()).boxed().toList();
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    /** {@return the words of tokens {@code [from, to)} joined by spaces} */
    String text(int from, int to) {
        return String.join(" ", words(from, to));
    }

    List<String> words(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::word).toList();
    }

    Sentence sentenceOf(int i) {
        return sentences.get(tokens.get(i).sentence());
    }

    /** {@return whether token {@code i} opens its sentence, after any opening quotation marks} */
    boolean opensSentence(int i) {
        int first = sentenceOf(i).firstToken();
        while (first < i && isQuote(first)) {
            first++;
        }
        return first == i;
    }

    /** {@return whether token {@code i} exists and lies in the same sentence as token {@code j}} */
    boolean sameSentence(int i, int j) {
        return i >= 0 && i < tokens.size() && j >= 0 && j < tokens.size()
                && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    /** {@return whether token {@code i} stands on an all-capitals line (a headline, a table)} */
    boolean capsLine(int i) {
        Sentence s = sentenceOf(i);
        return Names.allCapsLine(words(s.firstToken(), s.endToken()));
    }

    /** {@return whether tokens {@code open} and {@code close} are marks of one kind, double or single} */
    boolean quotesPair(int open, int close) {
        return isQuote(open) && isQuote(close) && DOUBLE.contains(word(open)) == DOUBLE.contains(word(close));
    }

    boolean isQuote(int i) {
        return QUOTES.contains(word(i));
    }

    boolean capitalized(int i) {
        return Names.capitalized(word(i)) && Character.isLetter(word(i).codePointAt(0));
    }

    /** {@return whether token {@code i} has letters and none of them is a capital} */
    boolean lowerCase(int i) {
        String w = word(i);
        return w.chars().anyMatch(Character::isLetter) && w.chars().noneMatch(Character::isUpperCase);
    }

    /** {@return whether the words {@code seq} occur starting at token {@code at}} */
    boolean wordsAt(List<String> seq, int at) {
        if (at < 0 || at + seq.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < seq.size(); k++) {
            if (!word(at + k).equals(seq.get(k))) {
                return false;
            }
        }
        return sameSentence(at, at + seq.size() - 1);
    }
}
