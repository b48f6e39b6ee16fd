package dev.herald.ingest;

import java.io.Serializable;

/**
 * Limits for reading inputs.
 *
 * @param maxBytes the largest input accepted, after decompression (default 10 MB)
 */
public record IngestConfig(long maxBytes) implements Serializable {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public IngestConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, got " + maxBytes);
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_BYTES);
    }
}
