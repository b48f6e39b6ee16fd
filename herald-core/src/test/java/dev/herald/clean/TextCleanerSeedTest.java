package dev.herald.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The project's seed article, read from the shared folder (skipped when it is absent). What is
 * expected of each line is said by its position in the seed, so no seed text is copied here.
 */
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

    /** {@return the seed's non-blank lines, stripped} */
    static List<String> seedLines() throws IOException {
        return Files.readAllLines(seed()).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** {@return the lines the cleaner must remove: teaser, consent, the "DON'T MISS:" list, footer} */
    static List<String> seedBoilerplate(List<String> lines) {
        int list = listHeading(lines);
        List<String> expected = new ArrayList<>(List.of(lines.get(1), lines.get(2)));
        expected.addAll(lines.subList(list, list + 4));
        expected.add(lines.get(lines.size() - 1));
        return expected;
    }

    /** {@return the headlines of the seed's "DON'T MISS:" list, without their [LABEL]} */
    static List<String> seedRelatedTitles(List<String> lines) {
        int list = listHeading(lines);
        return lines.subList(list + 1, list + 4).stream()
                .map(l -> l.replaceFirst("(?U)\\s*\\[[A-Z]+]$", "")).toList();
    }

    private static int listHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("DON.T MISS:")) {
                return i;
            }
        }
        throw new AssertionError("the seed has no DON'T MISS: line");
    }

    @Test
    void the_seed_body_runs_from_the_first_paragraph_to_the_last() throws Exception {
        List<String> lines = seedLines();
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.metadata().title()).hasValue(lines.get(0));
        assertThat(text.body()).startsWith("Britain is worried").endsWith("interests first.”")
                .doesNotContain("\n\n\n");
        assertThat(seedBoilerplate(lines)).allSatisfy(line -> assertThat(text.body()).doesNotContain(line));
        assertThat(text.body().split("\n\n")).hasSize(lines.size() - 1 - seedBoilerplate(lines).size());
    }

    @Test
    void the_seed_boilerplate_holds_teaser_consent_related_list_and_footer_in_order() throws Exception {
        List<String> lines = seedLines();
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.boilerplate()).extracting(b -> b.kind().name()).containsExactly(
                "OTHER", "CONSENT", "RELATED", "RELATED", "RELATED", "RELATED", "FOOTER");
        assertThat(text.boilerplate()).extracting(b -> b.text()).containsExactlyElementsOf(seedBoilerplate(lines));
    }

    @Test
    void the_seed_related_headlines_carry_their_labels_not_in_the_title() throws Exception {
        List<String> lines = seedLines();
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(Files.readString(seed()));

        assertThat(text.related()).extracting(r -> r.label().orElse(null))
                .containsExactly("UPDATE", "REACTION", "INSIGHT");
        assertThat(text.related()).extracting(r -> r.title()).containsExactlyElementsOf(seedRelatedTitles(lines))
                .allSatisfy(t -> assertThat(t).doesNotContain("["));
    }
}
