package dev.herald.store;

import dev.herald.stories.StoryConfig;

import java.util.List;

/**
 * The steps a new record goes through before the store writes it, in order. To add a step (a story
 * assigner, say), add it to {@link #standard}'s list at its place: after duplicate detection when it
 * wants to know {@code duplicate_of}.
 */
public final class IngestSteps {
    private IngestSteps() {
    }

    /** {@return the steps of {@code herald ingest}: duplicate detection, then the story} */
    public static List<IngestStep> standard(DuplicateConfig duplicates) {
        return List.of(new DuplicateFinder(duplicates), new StoryStep(StoryConfig.defaults()));
    }
}
