package dev.herald.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The search JSON of the README: {@code {"total", "hits": [...], "facets": {...}}}, the same for
 * {@code herald search} and the server's {@code /api/search}.
 */
public final class SearchJson {
    private SearchJson() {
    }

    /** {@return {@code result} as the search JSON; {@code facets} is present when they were counted} */
    public static ObjectNode of(SearchResult result, boolean withFacets) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        for (Hit h : result.hits()) {
            hits.addObject()
                    .put("id", h.id())
                    .put("title", h.title().orElse(null))
                    .put("published", h.published().orElse(null))
                    .put("site", h.site().orElse(null))
                    .put("score", h.score())
                    .put("snippet", h.snippet())
                    .put("duplicate_of", h.duplicateOf().orElse(null));
        }
        if (withFacets) {
            ObjectNode facets = root.putObject("facets");
            for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
                facets.set(dim.getKey(), values(dim.getValue()));
            }
        }
        return root;
    }

    /** {@return facet values as {@code [{"value", "count"}]}} */
    public static ArrayNode values(List<FacetValue> values) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> out.addObject().put("value", v.value()).put("count", v.count()));
        return out;
    }
}
