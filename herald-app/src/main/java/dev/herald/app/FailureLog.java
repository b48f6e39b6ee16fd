package dev.herald.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.analyze.Analysis;
import dev.herald.record.ArticleRecord;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reports failed inputs: one line {@code herald: SOURCE: reason} on standard error each (CONTRACT.md
 * section 1) and, with {@code --failures FILE}, one JSON line {@code {"source", "reason"}} in that
 * file.
 */
final class FailureLog implements Closeable {
    private final PrintStream err;
    private final Optional<BufferedWriter> file;

    private FailureLog(PrintStream err, Optional<BufferedWriter> file) {
        this.err = err;
        this.file = file;
    }

    /**
     * @throws IOException when {@code path} cannot be written
     */
    static FailureLog open(PrintStream err, Optional<Path> path) throws IOException {
        Optional<BufferedWriter> file = Optional.empty();
        if (path.isPresent()) {
            file = Optional.of(Files.newBufferedWriter(path.get(), StandardCharsets.UTF_8));
        }
        return new FailureLog(err, file);
    }

    /** Reports {@code failure}; {@code display} makes room for the line above a progress bar. */
    void report(Analysis.Failed failure, ProgressDisplay display) {
        err.println(display.aboveBar("herald: " + failure.path() + ": " + failure.reason()));
        if (file.isPresent()) {
            ObjectNode line = ArticleRecord.mapper().createObjectNode()
                    .put("source", failure.path()).put("reason", failure.reason());
            try {
                file.get().write(ArticleRecord.toLine(line));
                file.get().newLine();
                file.get().flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the failures file", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (file.isPresent()) {
            file.get().close();
        }
    }
}
