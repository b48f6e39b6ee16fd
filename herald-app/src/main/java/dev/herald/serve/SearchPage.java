package dev.herald.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * The search page: the query and its filters, the hits, the facets as links that add a filter, and
 * the articles per month.
 *
 * @param query   the words typed
 * @param sort    {@code relevance} or {@code date}
 * @param filters the facet values chosen, each with the link that removes it
 * @param total   matching articles
 * @param hits    this page of them
 * @param facets  each facet's most frequent values
 * @param chart   matching articles per month
 * @param more    the link to the next page, or empty
 * @param error   why the query could not be run, or empty
 */
public record SearchPage(String query, String sort, List<Filter> filters, long total, List<HitLine> hits,
                         List<FacetGroup> facets, BarChart chart, String more, String error) {

    /** A facet value the search is narrowed to. */
    public record Filter(String field, String value, String removeHref) {
    }

    /** A hit: the article, its snippet, and the article it repeats when it is a near-duplicate. */
    public record HitLine(String id, String title, String published, String site, Snippet snippet, String duplicateOf) {
        public String href() {
            return Hrefs.article(id);
        }
    }

    /** One facet: its field, a label for people, and its values. */
    public record FacetGroup(String field, String label, List<FacetLink> values) {
    }

    /** A facet value, how many hits have it, and the link that narrows the search to it. */
    public record FacetLink(String value, long count, String href) {
    }

    /** {@return the search page's address for these words, filters and sort} */
    static String href(String query, List<String> filters, String sort) {
        List<String> params = new ArrayList<>();
        params.add("q=" + Hrefs.queryValue(query));
        filters.forEach(f -> params.add("f=" + Hrefs.queryValue(f)));
        if (!sort.equals("relevance")) {
            params.add("sort=" + Hrefs.queryValue(sort));
        }
        return "/?" + String.join("&", params);
    }
}
