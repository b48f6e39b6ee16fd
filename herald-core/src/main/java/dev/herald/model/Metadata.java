package dev.herald.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of an article besides its text.
 *
 * @param title     the headline
 * @param published the publication date
 * @param authors   the authors' names
 * @param site      the site's name
 * @param url       the canonical URL
 * @param language  the ISO 639-1 language code
 */
public record Metadata(Optional<String> title, Optional<LocalDate> published, List<String> authors,
                       Optional<String> site, Optional<String> url, String language) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        authors = List.copyOf(authors);
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
    }

    /** {@return metadata that knows nothing but the language} */
    public static Metadata empty() {
        return new Metadata(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "en");
    }

    public Metadata withTitle(Optional<String> newTitle) {
        return new Metadata(newTitle, published, authors, site, url, language);
    }

    public Metadata withPublished(Optional<LocalDate> date) {
        return new Metadata(title, date, authors, site, url, language);
    }

    public Metadata withUrl(Optional<String> newUrl) {
        return new Metadata(title, published, authors, site, newUrl, language);
    }
}
