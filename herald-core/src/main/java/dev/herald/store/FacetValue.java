package dev.herald.store;

import java.util.Objects;

/**
 * One value of a facet and how many matching articles carry it.
 *
 * @param value the value, as stored (an entity's canonical name, a country code, a month {@code 2005-01})
 * @param count matching articles with it
 */
public record FacetValue(String value, long count) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }
}
