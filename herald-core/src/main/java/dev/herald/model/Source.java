package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an article was read from.
 *
 * @param path   the file it was read from, as given ({@code -} for standard input)
 * @param url    the URL it was fetched from, where known
 * @param format the format it was read as (never {@code AUTO} once read)
 */
public record Source(String path, Optional<String> url, InputFormat format) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
    }
}
