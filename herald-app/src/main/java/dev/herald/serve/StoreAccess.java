package dev.herald.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.store.AddResult;
import dev.herald.store.ArticleStore;
import dev.herald.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server's hold on its store: one reader for every request, and a writer opened only for the
 * moment of an add, so that {@code herald ingest} can fill the same store while the server runs (a
 * store has one writer at a time; an add during an ingest is answered 409).
 */
public final class StoreAccess implements Closeable {
    private final Path dir;
    private static final Logger LOG = LoggerFactory.getLogger(StoreAccess.class);
    private final ArticleStore reader;
    private Optional<ScheduledExecutorService> refresher = Optional.empty();

    private StoreAccess(Path dir, ArticleStore reader) {
        this.dir = dir;
        this.reader = reader;
    }

    /**
     * {@return access to the store in {@code dir}, created empty when the directory does not exist}
     *
     * @throws StoreException.NotAStore when {@code dir} holds something that is not a store
     */
    public static StoreAccess open(Path dir) {
        if (!Files.exists(dir)) {
            try {
                ArticleStore.openWriter(dir).close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the store " + dir + ": " + e.getMessage(), e);
            }
        }
        return new StoreAccess(dir, ArticleStore.openReader(dir));
    }

    /** {@return the store to read} */
    public ArticleStore reader() {
        return reader;
    }

    /**
     * Adds one record and commits it, then lets the reader see it.
     *
     * @throws ApiError 409 when another process is writing the store
     */
    public synchronized AddResult add(ObjectNode record) {
        AddResult result;
        try (ArticleStore writer = ArticleStore.openWriter(dir)) {
            result = writer.add(record);
            writer.commit();
        } catch (StoreException.Locked e) {
            throw new ApiError(409, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store " + dir + ": " + e.getMessage(), e);
        }
        reader.refresh();
        return result;
    }

    /** Lets the reader see what other processes committed since. */
    public void refresh() {
        reader.refresh();
    }

    /**
     * Refreshes the reader every {@code period} on a background thread until closed, so what a
     * {@code herald ingest} commits meanwhile shows; a refresh that finds no new commit costs little.
     */
    public void refreshEvery(Duration period) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "herald-store-refresh");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("refreshing the store failed: {}", e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        refresher = Optional.of(timer);
    }

    @Override
    public void close() throws IOException {
        refresher.ifPresent(ScheduledExecutorService::shutdownNow);
        reader.close();
    }
}
