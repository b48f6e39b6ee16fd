package dev.herald.clean;

import dev.herald.model.Metadata;

import java.util.List;

/**
 * Takes the whole input as body text: no headline, no cleaning, so that offsets match the input
 * exactly (used to score NER on CoNLL).
 */
public final class PlainCleaner implements Cleaner {
    @Override
    public Cleaned clean(String content) {
        return new Cleaned.Text(Metadata.empty(), content, List.of(), List.of());
    }
}
