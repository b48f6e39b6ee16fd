package dev.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.stories.InMemoryStoryIndex;
import dev.herald.stories.StoryAssigner;
import dev.herald.stories.StoryConfig;
import dev.herald.stories.StoryDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Sets {@code story}: the id of the story the record joins ({@link StoryAssigner}), after
 * {@link DuplicateFinder} so that a near-duplicate joins its original's story. The assigner keeps
 * what it compares with in memory; on its first record it reads the records already stored, in the
 * order they were added, and remembers each with the story it was given, so an ingest that goes on
 * after another (or after a crash) continues the same stories. A stored record without a story (from
 * before stories existed) is assigned then, in memory only. A record that cannot be read for its
 * story starts a story of its own, and the reason is logged: no article is refused for its story.
 */
final class StoryStep implements IngestStep {
    private static final Logger LOG = LoggerFactory.getLogger(StoryStep.class);

    private final StoryAssigner assigner;
    private boolean loaded;

    StoryStep(StoryConfig config) {
        this.assigner = new StoryAssigner(Objects.requireNonNull(config, "config"), new InMemoryStoryIndex());
    }

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public ObjectNode apply(ObjectNode record, StoreView store) {
        if (!loaded) {
            load(store);
            loaded = true;
        }
        String id = record.path("id").asText();
        try {
            record.put("story", assigner.assign(StoryDocuments.of(record)).story());
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: a story of its own, as its record cannot be compared: {}", id, e.getMessage());
            record.put("story", id);
        }
        return record;
    }

    private void load(StoreView store) {
        int n = 0;
        try (Stream<String> lines = store.committedRecords()) {
            for (String line : (Iterable<String>) lines::iterator) {
                remember(line);
                n++;
            }
        }
        LOG.info("stories: {} stored articles read", n);
    }

    private void remember(String line) {
        try {
            JsonNode r = ArticleRecord.mapper().readTree(line);
            String story = r.path("story").asText("");
            if (story.isEmpty()) {
                assigner.assign(StoryDocuments.of(r));
            } else {
                assigner.remember(StoryDocuments.of(r), story);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored record cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            LOG.warn("a stored record is left out of story comparisons: {}", e.getMessage());
        }
    }
}
