package dev.herald.store;

/**
 * A store cannot be used as asked; the message says why and what to do. Subclasses name the cases
 * a caller may want to tell apart.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The directory exists and holds something that is not a Herald store; it was not touched. */
    public static final class NotAStore extends StoreException {
        public NotAStore(String message) {
            super(message);
        }
    }

    /**
     * The store holds article ids made another way than this Herald makes them: it is read, but an
     * ingest into it is refused, since it would store every article again under a new id.
     */
    public static final class OtherIds extends StoreException {
        public OtherIds(String message) {
            super(message);
        }
    }

    /** Another writer (another {@code herald ingest}) holds the store's write lock. */
    public static final class Locked extends StoreException {
        public Locked(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A query that does not parse.
     */
    public static final class BadQuery extends StoreException {
        private final int column;

        /**
         * @param message the parser's message
         * @param column  the 1-based column in the query where parsing failed, or 0 when unknown
         */
        public BadQuery(String message, int column, Throwable cause) {
            super(message, cause);
            this.column = column;
        }

        /** {@return the 1-based column of the query where parsing failed, or 0 when unknown} */
        public int column() {
            return column;
        }
    }
}
