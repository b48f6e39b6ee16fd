package dev.herald.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}, field for field the search JSON of the README.
 *
 * @param total  how many articles match (near-duplicates counted only with {@code all})
 * @param hits   the requested page of them
 * @param facets per facet ({@code entity}, {@code country}, {@code speaker}, {@code event},
 *               {@code site}, {@code month}, in that order) its most frequent values among all
 *               matching articles; empty when facets were not asked for
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(facets, "facets")));
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
    }
}
