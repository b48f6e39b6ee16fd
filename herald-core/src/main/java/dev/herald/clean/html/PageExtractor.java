package dev.herald.clean.html;

import dev.herald.clean.Cleaned;
import dev.herald.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Objects;
import java.util.Optional;

/**
 * Extracts the article from an HTML page, as a list of named steps: parse, read the JSON-LD, read
 * the metadata, find the body, check there is enough of it. A page without an article gives a
 * {@link Cleaned.Rejected} saying why, never an exception.
 *
 * <p>Requires: the page's decoded characters. Provides: {@link Cleaned.Text} with title, date,
 * authors, site, canonical URL and language; body paragraphs; boilerplate with kinds; related links.
 * Options: {@link ExtractionConfig}. Stateless and thread-safe.
 */
public final class PageExtractor {
    private final ExtractionConfig config;
    private final ContentExtractor content;
    private final MetadataExtractor metadata = new MetadataExtractor();

    public PageExtractor(ExtractionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.content = new ContentExtractor(config);
    }

    /** {@return the article in the page {@code html}, or why there is none} */
    public Cleaned extract(String html) {
        Document doc = Jsoup.parse(html);
        JsonLd ld = JsonLd.of(doc);
        Metadata meta = metadata.extract(doc, ld);
        Element root = doc.body() != null ? doc.body() : doc;
        Optional<Extraction> found = content.extract(root, ld.articleBody().filter(b -> b.length() >= 200), meta.title());
        if (found.isEmpty()) {
            return new Cleaned.Rejected("no article found: no paragraph of prose in the page");
        }
        Extraction x = found.get();
        if (x.bodyChars() < config.minArticleChars()) {
            return new Cleaned.Rejected("no article found: the best candidate has only " + x.bodyChars()
                    + " characters of text (at least " + config.minArticleChars() + " needed)");
        }
        return new Cleaned.Text(meta, String.join("\n\n", x.paragraphs()), x.boilerplate(), x.related());
    }
}
