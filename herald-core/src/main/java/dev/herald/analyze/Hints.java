package dev.herald.analyze;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user tells about inputs that the inputs may not carry themselves.
 *
 * @param published the publication date to use when the input has none ({@code --date})
 * @param url       the URL the input was fetched from ({@code --url})
 */
public record Hints(Optional<LocalDate> published, Optional<String> url) {
    public Hints {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
    }

    public static Hints none() {
        return new Hints(Optional.empty(), Optional.empty());
    }
}
