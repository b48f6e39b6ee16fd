package dev.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ArticleStore#add} did with one record.
 *
 * @param status      added, already there (same id), or added as a near-duplicate
 * @param id          the record's id
 * @param duplicateOf for {@code DUPLICATE}, the id of the stored article it repeats
 */
public record AddResult(Status status, String id, Optional<String> duplicateOf) {

    /** The outcome of an add. */
    public enum Status {
        /** Stored, and no stored article is a near-duplicate of it. */
        ADDED,
        /** Not stored again: an article with this id is already in the store. */
        ALREADY_PRESENT,
        /** Stored with {@code duplicate_of} naming the first article it repeats. */
        DUPLICATE
    }

    public AddResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        if ((status == Status.DUPLICATE) != duplicateOf.isPresent()) {
            throw new IllegalArgumentException("duplicateOf is set exactly for DUPLICATE, got " + status + " " + duplicateOf);
        }
    }

    /** {@return true when the record was written to the store (added or as a duplicate)} */
    public boolean stored() {
        return status != Status.ALREADY_PRESENT;
    }
}
