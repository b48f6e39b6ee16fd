package dev.herald.model;

import java.util.Objects;

/**
 * A named, typed layer of annotations on an {@link Article}. Stages declare the layers they require
 * and provide, so a pipeline can be checked when it is built.
 */
public record Layer<T>(String name, Class<T> type) {
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    /** Names recognised by NER, before they are grouped into actors. */
    public static final Layer<Mention> MENTIONS = new Layer<>("mentions", Mention.class);
    public static final Layer<Entity> ENTITIES = new Layer<>("entities", Entity.class);
    public static final Layer<Quote> QUOTES = new Layer<>("quotes", Quote.class);
    public static final Layer<DateMention> DATES = new Layer<>("dates", DateMention.class);
    /** Dependency edges of every sentence; set only by a profile that parses. */
    public static final Layer<Dependency> DEPENDENCIES = new Layer<>("dependencies", Dependency.class);
    /** Coded events: who did what to whom, when. */
    public static final Layer<Event> EVENTS = new Layer<>("events", Event.class);
    /** Place mentions that stand for a government ("Moscow wants"), linked to its entity. */
    public static final Layer<Metonym> METONYMS = new Layer<>("metonyms", Metonym.class);

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return name;
    }
}
