package dev.herald.analyze;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user, or the container an input came in, tells about inputs that the inputs may not
 * carry themselves. Each is used only where the input itself says nothing.
 *
 * @param published the publication date to use when the input has none ({@code --date})
 * @param url       the URL the input was fetched from ({@code --url})
 * @param title     the headline, when the input has none (a JSON Lines record's {@code title})
 */
public record Hints(Optional<LocalDate> published, Optional<String> url, Optional<String> title) {
    public Hints {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }

    /** Hints without a title. */
    public Hints(Optional<LocalDate> published, Optional<String> url) {
        this(published, url, Optional.empty());
    }

    public static Hints none() {
        return new Hints(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return these hints, each missing one taken from {@code fallback}} */
    public Hints orElse(Hints fallback) {
        return new Hints(published.or(fallback::published), url.or(fallback::url), title.or(fallback::title));
    }
}
