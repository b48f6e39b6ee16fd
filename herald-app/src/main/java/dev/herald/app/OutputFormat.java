package dev.herald.app;

/** How {@code herald analyze} prints records. */
enum OutputFormat {
    /** One pretty-printed record, or a JSON array of records for several inputs. */
    json,
    /** One record per line. */
    jsonl,
    /** A summary a person reads. */
    text
}
