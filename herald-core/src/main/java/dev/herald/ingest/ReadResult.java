package dev.herald.ingest;

import java.util.Objects;

/** What reading one input gave: a document, or the reason it could not be read. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unreadable {

    /** {@return the input's path as given} */
    String path();

    /** The input was read and decoded. */
    record Read(RawDocument document) implements ReadResult {
        public Read {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String path() {
            return document.path();
        }
    }

    /** The input could not be read; {@code reason} says why in words a user acts on. */
    record Unreadable(String path, String reason) implements ReadResult {
        public Unreadable {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
