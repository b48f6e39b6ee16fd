package dev.herald.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What story assignment reads of one article: its headline and body, its date, its actors and its
 * speakers, and the article it duplicates, if any. Built from an {@code Article} or from a stored
 * record by {@link StoryDocuments}.
 *
 * @param id          the article's id
 * @param title       the headline, empty when the article has none
 * @param text        the clean body
 * @param published   the publication date, when known
 * @param entities    one entry per actor of the article
 * @param speakers    the names of the speakers of its quotes, one per quote
 * @param duplicateOf the id of the stored article this one is a near-duplicate of
 */
public record StoryDocument(String id, String title, String text, Optional<LocalDate> published,
                            List<Actor> entities, List<String> speakers, Optional<String> duplicateOf) {
    public StoryDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }

    /**
     * One actor of the article.
     *
     * @param key      the cross-article key ({@code "yukos|ORGANIZATION|RUS"})
     * @param name     the canonical name, for display
     * @param mentions how many times the article mentions it (at least 1)
     */
    public record Actor(String key, String name, int mentions) {
        public Actor {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            if (mentions < 1) throw new IllegalArgumentException("an actor has at least one mention, got " + mentions);
        }
    }
}
