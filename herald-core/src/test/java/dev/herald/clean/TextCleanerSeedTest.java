package dev.herald.clean;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The project's seed article, read from the shared folder (skipped when it is absent). */
class TextCleanerSeedTest {
    static final String SEED = "seeds/000_7bfa49f6c0b4bacc.txt";

    /** {@return the seed's path: under the "herald.shared" property, else ../shared} */
    static Path seed() {
        Path shared = Path.of(System.getProperty("herald.shared", "../shared"));
        Path seed = shared.resolve(SEED);
        if (!Files.exists(seed)) {
            seed = Path.of("..", "..", "shared").resolve(SEED);
        }
        assumeTrue(Files.exists(seed), "the seed " + SEED + " is not in " + shared + "; skipping");
        return seed;
    }

    @Test
    void the_seed_body_runs_from_the_first_paragraph_to_the_last() throws Exception {
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.metadata().title()).hasValueSatisfying(t -> assertThat(t).startsWith("Truss fury"));
        assertThat(text.body()).startsWith("Britain is worried").endsWith("interests first.”")
                .doesNotContain("sign-up", "DON’T MISS", "[UPDATE]", "Read Full Article", "laying mines")
                .doesNotContain("\n\n\n");
    }

    @Test
    void the_seed_boilerplate_holds_teaser_consent_related_list_and_footer_in_order() throws Exception {
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.boilerplate()).extracting(b -> b.kind().name()).containsExactly(
                "OTHER", "CONSENT", "RELATED", "RELATED", "RELATED", "RELATED", "FOOTER");
        assertThat(text.boilerplate().get(0).text()).startsWith("Ukraine: Russia laying mines");
        assertThat(text.boilerplate().get(1).text()).startsWith("We use your sign-up");
        assertThat(text.boilerplate().get(2).text()).isEqualTo("DON’T MISS:");
        assertThat(text.boilerplate().get(3).text()).endsWith("[UPDATE]");
        assertThat(text.boilerplate().get(6).text()).isEqualTo("Source: Read Full Article");
    }

    @Test
    void the_seed_related_headlines_carry_their_labels_not_in_the_title() throws Exception {
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.related()).extracting(r -> r.label().orElse(null))
                .containsExactly("UPDATE", "REACTION", "INSIGHT");
        assertThat(text.related()).extracting(r -> r.title()).allSatisfy(t -> assertThat(t).doesNotContain("["))
                .first().asString().startsWith("Ukrainian protesters");
    }
}
