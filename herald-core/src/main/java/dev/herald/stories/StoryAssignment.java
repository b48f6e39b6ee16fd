package dev.herald.stories;

import java.util.Objects;
import java.util.Optional;

/**
 * The story an article was given, and why.
 *
 * @param article    the article's id
 * @param story      its story's id: the id of the story's first article
 * @param closest    the earlier article it was most similar to, when any was a candidate
 * @param similarity its similarity to {@code closest} (0..1; 1 for a near-duplicate), 0 when none
 */
public record StoryAssignment(String article, String story, Optional<String> closest, double similarity) {
    public StoryAssignment {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(closest, "closest");
    }

    /** {@return whether the article started a story of its own} */
    public boolean startsStory() {
        return story.equals(article);
    }
}
