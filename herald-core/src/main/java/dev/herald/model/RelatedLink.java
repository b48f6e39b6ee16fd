package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/** The headline of another article that the page links to ("DON'T MISS", "READ MORE"). */
public record RelatedLink(String title, Optional<String> label, Optional<String> url) {
    public RelatedLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
