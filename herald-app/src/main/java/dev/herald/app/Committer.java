package dev.herald.app;

import dev.herald.store.ArticleStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Commits a store's new records in batches (every N records or every interval, whichever comes
 * first) and, once a commit has returned, reports its records as stored.
 */
final class Committer {
    private final ArticleStore store;
    private final StoredLog log;
    private final int every;
    private final long intervalNanos;
    private final List<String> pending = new ArrayList<>();
    private long last = System.nanoTime();

    Committer(ArticleStore store, StoredLog log, int every, Duration interval) {
        this.store = store;
        this.log = log;
        this.every = every;
        this.intervalNanos = interval.toNanos();
    }

    /** Counts a record added to the store; commits when a batch is full or the interval has passed. */
    void added(String id) {
        pending.add(id);
        if (pending.size() >= every || System.nanoTime() - last >= intervalNanos) {
            commit();
        }
    }

    /** Commits what is pending, then logs it as stored. */
    void commit() {
        store.commit();
        log.stored(pending);
        pending.clear();
        last = System.nanoTime();
    }
}
