package dev.herald.dates;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pattern of {@link DatePatterns} and the reader that turns its matches into candidates. */
record DateRule(Pattern pattern, Reader reader) {
    DateRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reader, "reader");
    }

    /** Reads one match in {@code text}: a candidate, or empty when the words around rule it out. */
    @FunctionalInterface
    interface Reader {
        Optional<Candidate> read(String text, Matcher m);
    }
}
