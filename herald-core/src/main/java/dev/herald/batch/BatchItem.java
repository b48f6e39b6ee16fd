package dev.herald.batch;

import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One unit of work of a batch: an input that gives at most one article. Items are made lazily by
 * {@link BatchInputs}, so a corpus of millions is never held in memory.
 */
public sealed interface BatchItem permits BatchItem.File, BatchItem.Content, BatchItem.Broken {

    /**
     * {@return where the item comes from, as failures name it: the path of a file,
     * {@code FILE:LINE} for a JSON Lines record, {@code FILE#record-N} for a WARC record}
     */
    String source();

    /** A file to read whole (gzip is read transparently); read by the worker that analyzes it. */
    record File(Path path) implements BatchItem {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String source() {
            return path.toString();
        }
    }

    /**
     * An input already taken out of its container (a JSON Lines record, a WARC record, standard
     * input), not yet decoded.
     *
     * @param source where it comes from
     * @param bytes  its content, undecoded
     * @param format how to read it ({@code AUTO} to sniff)
     * @param hints  what the container says of it (URL, title, date); they win over the user's
     */
    record Content(String source, byte[] bytes, InputFormat format, Hints hints) implements BatchItem {
        public Content {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(hints, "hints");
        }
    }

    /** An entry of a container that could not be read: it fails with {@code reason}. */
    record Broken(String source, String reason) implements BatchItem {
        public Broken {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
