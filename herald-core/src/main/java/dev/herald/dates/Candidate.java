package dev.herald.dates;

import dev.herald.model.Span;

import java.util.Objects;

/** A date expression found at {@code span}, not yet resolved. */
record Candidate(Span span, DateExpression expression) {
    Candidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(expression, "expression");
    }

    /** {@return a candidate over {@code [start, end)}} */
    static Candidate of(int start, int end, DateExpression expression) {
        return new Candidate(new Span(start, end), expression);
    }
}
