package dev.herald.stories;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article already assigned to a story, as later articles are compared with it.
 *
 * @param id        the article's id
 * @param story     the id of its story
 * @param published its publication date, when known
 * @param words     its most telling words with their counts (headline words weighted)
 * @param actors    its actors' keys with their numbers of mentions
 */
public record StoryMember(String id, String story, Optional<LocalDate> published, Map<String, Integer> words,
                          Map<String, Integer> actors) {
    public StoryMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(published, "published");
        words = Map.copyOf(words);
        actors = Map.copyOf(actors);
    }
}
