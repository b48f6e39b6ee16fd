package dev.herald.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds store queries (Lucene's classic syntax, fields of {@code herald search}) from request
 * parameters, quoting every value so that a user's words are always words, never syntax.
 */
final class QueryText {
    private final List<String> clauses = new ArrayList<>();

    /** Adds {@code field:"value"} when the value is given. */
    QueryText phrase(String field, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> clauses.add(field + ":" + quoted(v)));
        return this;
    }

    /** Adds every word of {@code words} in {@code field}, when given. */
    QueryText words(String field, Optional<String> words) {
        words.filter(v -> !v.isBlank()).ifPresent(v -> {
            for (String w : v.strip().split("\\s+")) {
                clauses.add(field + ":" + quoted(w));
            }
        });
        return this;
    }

    /** Adds a publication date range; either end may be open. */
    QueryText published(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() || to.isPresent()) {
            clauses.add("published:[" + from.map(LocalDate::toString).orElse("*") + " TO "
                    + to.map(LocalDate::toString).orElse("*") + "]");
        }
        return this;
    }

    /** Adds a query the user wrote, as it is. */
    QueryText raw(String query) {
        if (!query.isBlank()) {
            clauses.add("(" + query + ")");
        }
        return this;
    }

    /** {@return all clauses joined by AND; blank (every article) when there are none} */
    String build() {
        return String.join(" AND ", clauses);
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@return the date of parameter {@code name}, when given}
     *
     * @throws ApiError 400 when it is not an ISO date
     */
    static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'" + name + "' must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
