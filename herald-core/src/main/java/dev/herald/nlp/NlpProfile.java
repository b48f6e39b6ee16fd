package dev.herald.nlp;

import java.util.Locale;

/**
 * Which CoreNLP annotators run. {@code FAST}: tokenize, ssplit, pos, ner (CRF only: no SUTime, no
 * numeric or fine-grained rules, since Herald finds dates itself; no lemmas, which only event coding
 * reads). {@code FULL}: adds lemmas and the dependency parser.
 */
public enum NlpProfile {
    FAST("tokenize,ssplit,pos,ner"),
    FULL("tokenize,ssplit,pos,lemma,ner,depparse");

    private final String annotators;

    NlpProfile(String annotators) {
        this.annotators = annotators;
    }

    /** {@return the CoreNLP annotators, comma-separated} */
    public String annotators() {
        return annotators;
    }

    /** {@return whether this profile runs the dependency parser} */
    public boolean parses() {
        return annotators.contains("depparse");
    }

    /** {@return the profile named {@code name}, case-insensitively} */
    public static NlpProfile named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown profile '" + name + "'; use fast or full", e);
        }
    }
}
