package dev.herald.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near-duplicate detection on a sample of the test set built from the BBC News corpus (read from
 * ../shared; skipped when it is absent). The full figures come from {@code eval/duplicates.sh}.
 */
class DuplicateEvalTest {

    @Test
    void edited_copies_are_found_and_related_stories_are_not_marked() throws IOException {
        // One category keeps the test short: the related stories are taken within a category anyway.
        Path corpus = Path.of(System.getProperty("herald.shared", "../shared"), "data", "news", "bbc-news", "politics");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the BBC News corpus is not at " + corpus + "; skipped");
        DuplicateTestSet set = new DuplicateTestSet(corpus, 120, 100, 5);
        DuplicateEval.Score score = DuplicateEval.run(set, DuplicateConfig.defaults(), 5);
        assertThat(score.falsePositiveLines()).isEmpty();
        assertThat(score.negativePairsMarked()).isZero();
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.byEdit().get(DuplicateTestSet.Edit.HEADLINE)).containsExactly(20, 20);
    }
}
