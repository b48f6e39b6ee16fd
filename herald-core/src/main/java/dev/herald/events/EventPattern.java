package dev.herald.events;

import dev.herald.model.EventType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the pattern file: a trigger word, the conditions its parse must meet, where its
 * source and target stand, and what it codes.
 *
 * @param lemma      the trigger's lemma, lower case
 * @param pos        whether the trigger is a verb, a noun or an adjective
 * @param type       the PLOVER type it codes
 * @param mode       PLOVER's mode, where one applies
 * @param cameo      the CAMEO code, where one maps
 * @param sources    the slots to look for the source in, tried in order
 * @param targets    the slots to look for the target in, tried in order
 * @param conditions what the trigger's parse must show (all of them)
 * @param symmetric  whether the act is mutual ("held talks"): "A and B" as source codes one event A to B
 * @param needsTarget whether the trigger codes an event only when a target is found ("warned X")
 * @param needsSource whether the trigger codes an event only when a source is found too (the CAMEO
 *                    dictionary's verbs, which code what an actor does to another, as PETRARCH does)
 * @param line       the line of the pattern file it came from, for messages
 */
record EventPattern(String lemma, Pos pos, EventType type, Optional<String> mode, Optional<String> cameo,
                    List<Slot> sources, List<Slot> targets, List<Condition> conditions, boolean symmetric,
                    boolean needsTarget, boolean needsSource, int line) {
    EventPattern {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        conditions = List.copyOf(conditions);
    }

    /** {@return whether every condition can hold in a sentence of these lemmas (lower case), before parsing} */
    boolean possibleWith(java.util.Set<String> lemmas) {
        return conditions.stream().allMatch(c -> c.possibleWith(lemmas));
    }

    /** {@return whether the trigger at {@code i} meets every condition} */
    boolean matches(ParseTree tree, int i) {
        for (Condition c : conditions) {
            if (!c.holds(tree, i)) {
                return false;
            }
        }
        return true;
    }

    /** The word class a pattern's trigger has. */
    enum Pos {
        V, N, A;

        /** {@return the class of a Penn Treebank tag, or empty for other tags} */
        static Optional<Pos> of(String tag) {
            if (tag.startsWith("VB")) {
                return Optional.of(V);
            }
            if (tag.startsWith("NN")) {
                return Optional.of(N);
            }
            if (tag.startsWith("JJ")) {
                return Optional.of(A);
            }
            return Optional.empty();
        }
    }
}
