package dev.herald.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MinHash signatures against the exact Jaccard similarity of shingle sets, on random texts with
 * random edits. The seed is printed on failure; set {@code -Dherald.test.seed=N} to replay it.
 */
class MinHashTest {
    private final DuplicateConfig config = DuplicateConfig.defaults();
    private final MinHash minHash = new MinHash(config);

    @Test
    void the_estimate_follows_the_exact_jaccard_similarity_of_shingles() {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        double totalError = 0;
        int pairs = 200;
        for (int i = 0; i < pairs; i++) {
            List<String> a = words(random, 80 + random.nextInt(400));
            List<String> b = edit(a, random, random.nextDouble() * 0.5);
            double exact = jaccard(shingles(a), shingles(b));
            double estimate = MinHash.similarity(minHash.signature(String.join(" ", a)).orElseThrow(),
                    minHash.signature(String.join(" ", b)).orElseThrow());
            // 64 values: the standard error is at most 0.0625; five of them is far out.
            assertThat(Math.abs(estimate - exact)).as("seed %d, pair %d: exact %.3f, estimate %.3f", seed, i, exact, estimate)
                    .isLessThan(0.32);
            totalError += estimate - exact;
        }
        assertThat(Math.abs(totalError / pairs)).as("seed %d: mean error (bias)", seed).isLessThan(0.03);
    }

    @Test
    void case_punctuation_and_spacing_do_not_count_and_short_texts_get_no_signature() {
        String text = String.join(" ", words(new Random(3), 60));
        int[] plain = minHash.signature(text).orElseThrow();
        int[] shouted = minHash.signature(text.toUpperCase().replace(" ", " ,\n ")).orElseThrow();
        assertThat(MinHash.similarity(plain, shouted)).isEqualTo(1.0);
        assertThat(minHash.signature("only a few words here")).isEmpty();
        assertThat(minHash.bandKeys(plain)).hasSize(config.bands()).doesNotHaveDuplicates();
    }

    @Test
    void a_configuration_that_cannot_band_is_refused() {
        assertThatThrownBy(() -> new DuplicateConfig(5, 64, 10, 0.5, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of bands");
        assertThatThrownBy(() -> DuplicateConfig.defaults().withThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> words(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("w" + random.nextInt(500));
        }
        return out;
    }

    /** Replaces, drops or inserts about {@code rate} of the words. */
    private static List<String> edit(List<String> words, Random random, double rate) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            double r = random.nextDouble();
            if (r < rate / 3) {
                out.add("x" + random.nextInt(500));
            } else if (r < 2 * rate / 3) {
                continue;
            } else {
                out.add(w);
                if (r > 1 - rate / 3) {
                    out.add("y" + random.nextInt(500));
                }
            }
        }
        return out;
    }

    private Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + config.shingleWords() <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + config.shingleWords())));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
