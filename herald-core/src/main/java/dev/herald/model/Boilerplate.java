package dev.herald.model;

import java.util.Objects;

/** A piece of the input that is not the article's body, kept aside so nothing read is lost. */
public record Boilerplate(Kind kind, String text) {
    public Boilerplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** What the removed text was; the names are CONTRACT.md's, lower-cased in the record. */
    public enum Kind { CONSENT, RELATED, FOOTER, NAVIGATION, ADVERT, BYLINE, OTHER }
}
