package dev.herald.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one input: its article record as one JSON line, or the reason it failed.
 *
 * @param source where the input comes from (a path, {@code FILE:LINE}, {@code FILE#record-N})
 * @param record the record's JSON line ({@code herald analyze --format jsonl}), or null for a failure
 * @param reason why it failed, or null for an analyzed input
 */
record Outcome(String source, String record, String reason) implements Serializable {
    Outcome {
        Objects.requireNonNull(source, "source");
        if ((record == null) == (reason == null)) {
            throw new IllegalArgumentException("an outcome has either a record or a reason, for " + source);
        }
    }

    static Outcome analyzed(String source, String record) {
        return new Outcome(source, record, null);
    }

    static Outcome failed(String source, String reason) {
        return new Outcome(source, null, reason);
    }

    boolean isAnalyzed() {
        return record != null;
    }
}
