package dev.herald.dates;

import dev.herald.model.DateMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article from the shared directory (skipped when it is absent), published 2022-03-29. */
class SeedDatesTest {
    private static final String SEED = "seeds/000_7bfa49f6c0b4bacc.txt";

    @Test
    void seed_dates_resolve_against_publication_and_adverts_are_not_dates() throws IOException {
        Optional<Path> seed = shared(SEED);
        assumeTrue(seed.isPresent(), "shared seed " + SEED + " not found (set -Dherald.shared); skipping");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);

        List<DateMention> mentions = new DateFinder().find(text, Optional.of(LocalDate.of(2022, 3, 29)));

        assertThat(mentions).extracting(m -> m.text() + "=" + m.value()).containsExactly(
                "2014=2014", "last month=2022-02", "2015=2015", "February 24=2022-02-24",
                "last night=2022-03-28", "last night=2022-03-28");
        assertThat(mentions).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
        int advert = text.indexOf("This may include");
        assertThat(advert).isNotNegative();
        assertThat(mentions).noneMatch(m -> m.span().start() >= advert && m.span().start() < advert + 60);
    }

    static Optional<Path> shared(String relative) {
        String property = System.getProperty("herald.shared");
        List<String> roots = property == null ? List.of("../shared", "../../shared") : List.of(property, "../shared");
        return roots.stream().map(r -> Path.of(r, relative)).filter(Files::exists).findFirst();
    }
}
