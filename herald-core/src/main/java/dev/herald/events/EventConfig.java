package dev.herald.events;

import java.util.Objects;

/**
 * How events are coded.
 *
 * @param patterns        the trigger patterns (default: the shipped {@code patterns.txt})
 * @param keepActorless   whether an event whose source and target the text leaves unnamed ("fighting
 *                        has killed thousands") is kept (default {@code true}: the text reports it)
 * @param maxPerTrigger   the most events one trigger codes, for long lists of actors (default 6)
 */
public record EventConfig(EventPatterns patterns, boolean keepActorless, int maxPerTrigger) {
    public EventConfig {
        Objects.requireNonNull(patterns, "patterns");
        if (maxPerTrigger <= 0) {
            throw new IllegalArgumentException("maxPerTrigger must be > 0");
        }
    }

    public static EventConfig defaults() {
        return new EventConfig(EventPatterns.defaults(), true, 6);
    }
}
