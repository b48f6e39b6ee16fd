package dev.herald.quotes;

import java.util.Objects;
import java.util.Optional;

/**
 * What a clause says of who spoke: the subject expression of a speech cue.
 *
 * @param subject the actor the cue is said of ("Ms Truss", "he", "a Government source")
 * @param cue     the cue as written ("warned", "according to")
 * @param via     the outlet the words were given to ("told The Times"), if named
 */
record Attribution(Actor subject, String cue, Optional<Actor> via) {
    Attribution {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(via, "via");
    }
}
