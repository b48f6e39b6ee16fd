package dev.herald.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story as it is listed.
 *
 * @param id       the story id: the id of its first article
 * @param label    the headline of its most central article
 * @param articles the ids of its articles, in the order they were assigned
 * @param first    the earliest publication date among them
 * @param last     the latest publication date among them
 * @param entities its most named actors, with in how many of its articles each is named
 * @param speakers its most quoted speakers, with how many quotes each has
 */
public record Story(String id, String label, List<String> articles, Optional<LocalDate> first,
                    Optional<LocalDate> last, List<Count> entities, List<Count> speakers) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        articles = List.copyOf(articles);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
    }

    /** A name and how often it counts in the story. */
    public record Count(String name, int count) {
        public Count {
            Objects.requireNonNull(name, "name");
        }
    }
}
