package dev.herald.batch;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over the items of one container file (JSON Lines, WARC) that reads ahead by one item,
 * so that a record that is not an article is skipped before {@link #hasNext()} answers.
 */
abstract class ItemReader implements Iterator<BatchItem>, Closeable {
    private boolean ended;
    private BatchItem next;

    /** {@return the next item, or null for a record that gives none; call {@link #end()} at the end} */
    protected abstract BatchItem readItem();

    /** Marks the container as read to its end (or as unreadable from here on). */
    protected final void end() {
        ended = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !ended) {
            next = readItem();
        }
        return next != null;
    }

    @Override
    public final BatchItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchItem item = next;
        next = null;
        return item;
    }
}
