package dev.herald.model;

import java.util.Objects;

/**
 * One word of the text as the tokenizer saw it.
 *
 * @param span     where it stands in the text
 * @param word     its surface form
 * @param lemma    its lemma ({@code word} when the profile does not lemmatize)
 * @param pos      its Penn Treebank part-of-speech tag
 * @param ner      its NER tag ({@code O} outside entities)
 * @param sentence the index of its sentence
 */
public record Token(Span span, String word, String lemma, String pos, String ner, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }
}
