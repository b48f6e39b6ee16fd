package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation of the article.
 *
 * @param id      the article-local id, {@code Q1}, {@code Q2}, ...
 * @param span    the quoted words, without quotation marks
 * @param kind    direct, partial or indirect
 * @param speaker who said it, where a reader can tell
 * @param cue     the speech verb ("said", "warned")
 * @param via     the outlet the words were given to or taken from ("The Times")
 */
public record Quote(String id, Span span, Kind kind, Optional<Speaker> speaker, Optional<String> cue,
                    Optional<String> via) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(via, "via");
    }

    /** How much of the writer's sentence the quotation is. */
    public enum Kind { DIRECT, PARTIAL, INDIRECT }
}
