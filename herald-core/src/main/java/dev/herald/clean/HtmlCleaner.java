package dev.herald.clean;

import dev.herald.clean.html.PageExtractor;

/**
 * Cleans an HTML page: finds the article's body and its metadata, and sets the rest aside as
 * boilerplate with its kind ({@link PageExtractor} does the work).
 *
 * <p>Options: the extraction rules in {@code dev/herald/clean/html/extraction.properties}
 * ({@link dev.herald.clean.html.ExtractionConfig#defaults()}). Stateless and thread-safe.
 */
public final class HtmlCleaner implements Cleaner {
    private final PageExtractor extractor;

    public HtmlCleaner() {
        this(new PageExtractor(dev.herald.clean.html.ExtractionConfig.defaults()));
    }

    public HtmlCleaner(PageExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Cleaned clean(String content) {
        return extractor.extract(content);
    }
}
