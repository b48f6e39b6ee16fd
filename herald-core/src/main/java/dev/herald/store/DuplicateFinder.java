package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Sets {@code duplicate_of}: the id of the first stored article whose clean text is a near-duplicate
 * of this one's (the same article re-posted with other boilerplate, another headline, a few edited
 * or added sentences), or null. Near means an estimated Jaccard similarity of word shingles at or
 * above {@link DuplicateConfig#threshold()}; of several such, the most similar wins, and when that
 * one is itself a duplicate, its original is named, so every duplicate points at a first article.
 * Only the text is compared: neither the title nor the boilerplate.
 */
public final class DuplicateFinder implements IngestStep {
    private final DuplicateConfig config;

    public DuplicateFinder(DuplicateConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "duplicates";
    }

    @Override
    public ObjectNode apply(ObjectNode record, StoreView store) {
        String text = StoreFields.text(record, StoreFields.TEXT).orElse("");
        Optional<String> original = store.similar(text).stream()
                .filter(s -> s.similarity() >= config.threshold())
                .findFirst()
                .map(s -> s.duplicateOf().orElse(s.id()));
        record.put("duplicate_of", original.orElse(null));
        return record;
    }
}
