package dev.herald.stories;

import dev.herald.entities.EntityKey;
import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Speaker;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@link StoryDocument} from an analyzed {@link Article} or from its JSON record. */
public final class StoryDocuments {
    private StoryDocuments() {
    }

    /** {@return what story assignment reads of {@code article}, which is a near-duplicate of {@code duplicateOf} if given} */
    public static StoryDocument of(Article article, Optional<String> duplicateOf) {
        List<StoryDocument.Actor> actors = new ArrayList<>();
        for (Entity e : article.get(Layer.ENTITIES)) {
            actors.add(new StoryDocument.Actor(EntityKey.of(e), e.name(), Math.max(1, e.mentions().size())));
        }
        List<String> speakers = article.get(Layer.QUOTES).stream().map(Quote::speaker).flatMap(Optional::stream)
                .map(Speaker::name).toList();
        return new StoryDocument(article.id(), article.metadata().title().orElse(""), article.text(),
                article.metadata().published(), actors, speakers, duplicateOf);
    }

    /**
     * {@return what story assignment reads of a {@code herald.article/1} record}: {@code id},
     * {@code title}, {@code text}, {@code published}, the entities' {@code key}, {@code name} and
     * {@code mentions}, the quotes' {@code speaker.name}, and {@code duplicate_of} when present
     *
     * @throws IllegalArgumentException when the record has no id or a date that is not ISO 8601
     */
    public static StoryDocument of(JsonNode record) {
        String id = record.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("record has no \"id\"");
        }
        List<StoryDocument.Actor> actors = new ArrayList<>();
        for (JsonNode e : record.path("entities")) {
            String key = e.path("key").asText("");
            if (!key.isEmpty()) {
                actors.add(new StoryDocument.Actor(key, e.path("name").asText(key), Math.max(1, e.path("mentions").size())));
            }
        }
        List<String> speakers = new ArrayList<>();
        for (JsonNode q : record.path("quotes")) {
            String name = q.path("speaker").path("name").asText("");
            if (!name.isEmpty()) {
                speakers.add(name);
            }
        }
        return new StoryDocument(id, text(record, "title"), text(record, "text"), date(id, text(record, "published")),
                actors, speakers, Optional.of(text(record, "duplicate_of")).filter(s -> !s.isEmpty()));
    }

    private static String text(JsonNode record, String field) {
        JsonNode n = record.path(field);
        return n.isTextual() ? n.asText() : "";
    }

    private static Optional<LocalDate> date(String id, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("record " + id + ": \"published\" is not a date: " + value, e);
        }
    }
}
