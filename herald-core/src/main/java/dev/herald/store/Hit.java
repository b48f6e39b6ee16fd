package dev.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One article found by a search, as the search JSON shows it.
 *
 * @param id          the record's id
 * @param title       its headline, when it has one
 * @param published   its publication date (ISO), when known
 * @param site        its site, when known
 * @param score       the relevance score (also computed when sorted by date)
 * @param snippet     a passage of the text with the matched words in {@code <b>...</b>}, HTML-escaped;
 *                    the opening of the text when no word of the query is in it
 * @param duplicateOf the id of the article it repeats, for a near-duplicate
 */
public record Hit(String id, Optional<String> title, Optional<String> published, Optional<String> site,
                  float score, String snippet, Optional<String> duplicateOf) {
    public Hit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
