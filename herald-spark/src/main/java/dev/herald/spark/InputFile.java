package dev.herald.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of the job's inputs, as the driver listed it.
 *
 * @param name   how records and failures name it: the path as {@code herald analyze} writes it for a
 *               local input (so that records are identical), the full URI for other file systems
 * @param uri    where an executor opens it (qualified, so that it opens on any machine)
 * @param length its size in bytes, as listed: how {@link WorkSlices} guesses what it costs to analyze
 */
record InputFile(String name, String uri, long length) implements Serializable {
    InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, got " + length + " for " + name);
        }
    }
}
