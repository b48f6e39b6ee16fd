package dev.herald.app;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * {@code --stored-log FILE}: the ids of committed records, one per line, appended after each commit
 * and flushed at once, so the file never names a record a crash could lose.
 */
final class StoredLog implements Closeable {
    private final Optional<BufferedWriter> file;

    private StoredLog(Optional<BufferedWriter> file) {
        this.file = file;
    }

    /** {@return a log appending to {@code path}, or one that writes nothing for null} */
    static StoredLog open(Path path) throws IOException {
        if (path == null) {
            return new StoredLog(Optional.empty());
        }
        return new StoredLog(Optional.of(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
    }

    void stored(List<String> ids) {
        if (file.isEmpty() || ids.isEmpty()) {
            return;
        }
        try {
            for (String id : ids) {
                file.get().write(id);
                file.get().newLine();
            }
            file.get().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stored log: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (file.isPresent()) {
            file.get().close();
        }
    }
}
