package dev.herald.app;

import dev.herald.store.StoreException;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * Where store commands turn a store that cannot be used into a message and exit status 2: not a
 * store, held by another writer, a query that does not parse (with its position).
 */
final class StoreErrors {
    private StoreErrors() {
    }

    /** {@return the status of {@code command}, or 2 after a message when the store is unusable} */
    static int run(PrintStream err, Callable<Integer> command) throws Exception {
        return run(err, null, command);
    }

    /**
     * {@return the status of {@code command}, or 2 after a message when the store is unusable or
     * {@code query} (may be null) does not parse}
     */
    static int run(PrintStream err, String query, Callable<Integer> command) throws Exception {
        try {
            return command.call();
        } catch (StoreException.BadQuery e) {
            err.println("herald: the query does not parse" + (e.column() > 0 ? " at column " + e.column() : "")
                    + ": " + e.getMessage());
            if (query != null && e.column() > 0) {
                err.println(pointAt(query, e.column()));
            }
            return 2;
        } catch (StoreException e) {
            err.println("herald: " + e.getMessage());
            return 2;
        }
    }

    /** {@return the query with a caret under {@code column} (1-based), to show where parsing failed} */
    static String pointAt(String query, int column) {
        return query + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
