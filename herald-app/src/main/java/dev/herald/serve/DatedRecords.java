package dev.herald.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored records of the articles matching a query, newest first, near-duplicates left out: what
 * the quote, event and entity views read their quotes and events from. Bounded, so a name in every
 * article costs no more than {@code max} records.
 */
final class DatedRecords {
    private DatedRecords() {
    }

    /** {@return at most {@code max} records matching {@code query}, newest first} */
    static List<JsonNode> of(ArticleStore store, String query, int max) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : store.newest(query, max)) {
            records.add(parse(line));
        }
        return records;
    }

    /** {@return the stored record of {@code id}, parsed} */
    static Optional<ObjectNode> one(ArticleStore store, String id) {
        return store.record(id).map(DatedRecords::parse).map(ObjectNode.class::cast);
    }

    static JsonNode parse(String line) {
        try {
            return ArticleRecord.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored record is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@return the article a quote or event came from, as the API names it} */
    static ArticleRef ref(JsonNode record) {
        return new ArticleRef(record.path("id").asText(), record.path("title").asText(""),
                record.path("published").asText(""));
    }
}
