package dev.herald.model;

import java.util.Objects;

/**
 * A name, title or pronoun in the text that refers to an actor.
 *
 * @param span where it stands in the text
 * @param text its covered text
 * @param type the type the mention was recognised as
 * @param kind how it names the actor
 */
public record Mention(Span span, String text, EntityType type, Kind kind) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a mention names its actor. */
    public enum Kind { NAME, TITLE, PRONOUN }
}
