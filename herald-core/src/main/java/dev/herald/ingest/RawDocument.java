package dev.herald.ingest;

import dev.herald.model.InputFormat;

import java.util.Objects;

/**
 * An input decoded to text, before cleaning.
 *
 * @param path    the file it came from, as given ({@code -} for standard input)
 * @param content the decoded characters
 * @param format  the format to read it as ({@code AUTO} is resolved by {@link FormatSniffer})
 */
public record RawDocument(String path, String content, InputFormat format) {
    public RawDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
    }
}
