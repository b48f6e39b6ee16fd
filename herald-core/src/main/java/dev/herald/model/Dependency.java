package dev.herald.model;

import java.util.Objects;

/**
 * One edge of a sentence's dependency tree (Universal Dependencies, basic: a tree per sentence).
 *
 * @param governor  the index of the head token in the token layer, or {@code -1} for the root edge
 * @param dependent the index of the dependent token in the token layer
 * @param relation  the UD relation, with its subtype where the parser gives one ({@code nsubj},
 *                  {@code obj}, {@code obl}, {@code nmod:poss}, {@code nsubj:pass}, {@code root}, ...)
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0 || governor == dependent) {
            throw new IllegalArgumentException("bad dependency " + governor + " -> " + dependent);
        }
    }

    /** {@return whether this is the edge from the sentence root} */
    public boolean isRoot() {
        return governor < 0;
    }
}
