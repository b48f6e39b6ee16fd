package dev.herald.clean;

/** Finds the article in an input's text. Implementations are stateless and thread-safe. */
public interface Cleaner {

    /** {@return the article in {@code content}, or why there is none} */
    Cleaned clean(String content);
}
