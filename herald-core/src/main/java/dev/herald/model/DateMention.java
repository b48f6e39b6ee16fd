package dev.herald.model;

import java.util.Objects;

/**
 * A date or time expression with its ISO 8601 value, as precise as the text ({@code 2014},
 * {@code 2022-02}, {@code 2022-02-24}).
 */
public record DateMention(Span span, String text, String value) {
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
