package dev.herald.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One file of the job's inputs, as the driver listed it.
 *
 * @param name how records and failures name it: the path as {@code herald analyze} writes it for a
 *             local input (so that records are identical), the full URI for other file systems
 * @param uri  where an executor opens it (qualified, so that it opens on any machine)
 */
record InputFile(String name, String uri) implements Serializable {
    InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
    }
}
