package dev.herald.entities;

import dev.herald.model.EntityType;

import java.util.Objects;

/**
 * A name over tokens {@code [from, to)} of the article's token layer, while mentions are corrected.
 *
 * @param from  index of the first token
 * @param to    index one past the last token
 * @param type  its type
 * @param sure  whether a rule (gazetteer, honorific) set it, so that voting weighs it more
 */
record TokenRange(int from, int to, EntityType type, boolean sure) {
    TokenRange {
        Objects.requireNonNull(type, "type");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad token range " + from + ".." + to);
        }
    }

    boolean overlaps(int f, int t) {
        return from < t && f < to;
    }

    boolean overlaps(TokenRange o) {
        return overlaps(o.from, o.to);
    }

    TokenRange as(EntityType newType, boolean newSure) {
        return new TokenRange(from, to, newType, newSure);
    }
}
