package dev.herald.model;

import java.util.Objects;

/**
 * One sentence of the text.
 *
 * @param span       where it stands in the text
 * @param index      its position among the article's sentences, from 0
 * @param firstToken index of its first token in the token layer
 * @param endToken   index one past its last token
 */
public record Sentence(Span span, int index, int firstToken, int endToken) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
        }
    }
}
