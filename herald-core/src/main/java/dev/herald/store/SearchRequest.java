package dev.herald.store;

import java.util.Objects;

/**
 * A search: a query in Lucene's syntax over the store's fields (see {@link StoreFields}), which page
 * of hits, and whether to count facets.
 *
 * @param query  the query; blank or {@code *:*} matches every article
 * @param limit  hits returned, 0 or more (0 gives only the total and facets)
 * @param offset hits skipped first, for paging
 * @param facets whether to count the facets of all matching articles
 * @param sort   by relevance or by publication date, newest first
 * @param all    whether near-duplicates are among the hits (left out by default)
 */
public record SearchRequest(String query, int limit, int offset, boolean facets, Sort sort, boolean all) {
    /** The most hits one request may ask for. */
    public static final int MAX_LIMIT = 10_000;

    /** How hits are ordered. */
    public enum Sort {
        /** Best match first. */
        RELEVANCE,
        /** Newest publication date first; articles without a date last. */
        DATE
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_LIMIT + ", got " + offset);
        }
    }

    /** {@return the first ten hits of {@code query} by relevance, without facets or duplicates} */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0, false, Sort.RELEVANCE, false);
    }

    public SearchRequest withFacets(boolean newFacets) {
        return new SearchRequest(query, limit, offset, newFacets, sort, all);
    }

    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(query, newLimit, newOffset, facets, sort, all);
    }

    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(query, limit, offset, facets, newSort, all);
    }

    public SearchRequest withAll(boolean newAll) {
        return new SearchRequest(query, limit, offset, facets, sort, newAll);
    }
}
