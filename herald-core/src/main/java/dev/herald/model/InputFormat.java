package dev.herald.model;

import java.util.Locale;

/** How an input's content is read. */
public enum InputFormat {
    /** Decide from the content: HTML when it looks like markup, otherwise scraped text. */
    AUTO,
    /** Plain text as scraped from a news page: the first non-empty line is the headline. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** The whole input is body text: no headline, no cleaning. */
    PLAIN;

    /** {@return the lower-case name used on the command line and in the record} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
