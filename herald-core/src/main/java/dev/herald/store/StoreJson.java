package dev.herald.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of search results and statistics, as the README documents them (part of the contract:
 * fields are only ever added). Shared by the command line and anything else that answers in JSON.
 */
public final class StoreJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StoreJson() {
    }

    /**
     * {@return {@code {"total", "hits": [...], "facets": {...}}}; {@code facets} is null when they
     * were not asked for}
     */
    public static ObjectNode search(SearchResult result) {
        ObjectNode n = JSON.objectNode();
        n.put("total", result.total());
        ArrayNode hits = n.putArray("hits");
        result.hits().forEach(h -> hits.add(hit(h)));
        if (result.facets().isEmpty()) {
            n.putNull("facets");
        } else {
            ObjectNode facets = n.putObject("facets");
            for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
                ArrayNode values = facets.putArray(dim.getKey());
                dim.getValue().forEach(v -> values.addObject().put("value", v.value()).put("count", v.count()));
            }
        }
        return n;
    }

    /** {@return {@code {"id", "title", "published", "site", "score", "snippet", "duplicate_of"}}} */
    public static ObjectNode hit(Hit h) {
        ObjectNode n = JSON.objectNode();
        n.put("id", h.id());
        put(n, "title", h.title());
        put(n, "published", h.published());
        put(n, "site", h.site());
        n.put("score", h.score());
        n.put("snippet", h.snippet());
        put(n, "duplicate_of", h.duplicateOf());
        return n;
    }

    /** {@return {@code {"articles", "duplicates", "entities", "quotes", "events", "bytes"}}} */
    public static ObjectNode stats(StoreStats s) {
        return JSON.objectNode().put("articles", s.articles()).put("duplicates", s.duplicates())
                .put("entities", s.entities()).put("quotes", s.quotes()).put("events", s.events())
                .put("bytes", s.bytes()).put("stories", s.stories());
    }

    private static void put(ObjectNode n, String field, Optional<String> value) {
        n.put(field, value.orElse(null));
    }
}
