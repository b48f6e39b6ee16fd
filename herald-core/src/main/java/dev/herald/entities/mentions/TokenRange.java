package dev.herald.entities.mentions;

import dev.herald.model.EntityType;

import java.util.Objects;

/**
 * A name over tokens {@code [from, to)} of the article's token layer, while mentions are corrected.
 *
 * @param from  index of the first token
 * @param to    index one past the last token
 * @param type  its type
 * @param origin what set it, which decides how much it weighs in a vote
 */
public record TokenRange(int from, int to, EntityType type, Origin origin) {
    public TokenRange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad token range " + from + ".." + to);
        }
    }

    public boolean overlaps(int f, int t) {
        return from < t && f < to;
    }

    public boolean contains(int f, int t) {
        return from <= f && t <= to;
    }

    public boolean overlaps(TokenRange o) {
        return overlaps(o.from, o.to);
    }

    public TokenRange as(EntityType newType, Origin newOrigin) {
        return new TokenRange(from, to, newType, newOrigin);
    }

    /** {@return whether a rule set it, so that no vote changes it} */
    public boolean sure() {
        return origin == Origin.RULE;
    }

    /** What set a name's type. */
    public enum Origin {
        /** The statistical tagger. */
        NER(2),
        /** A place the gazetteer knows, where the tagger saw nothing: it only decides when nobody else votes. */
        GAZETTEER(1),
        /** A rule that knows better than the tagger (honorific, metonym, demonym, misspelled place). */
        RULE(6);

        final int weight;

        Origin(int weight) {
            this.weight = weight;
        }
    }
}
