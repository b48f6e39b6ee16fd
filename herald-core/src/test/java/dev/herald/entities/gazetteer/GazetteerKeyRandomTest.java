package dev.herald.entities.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gazetteer's name keys and word splits are hand-written loops (they run for every reference
 * name at start-up); on random names they must say what their definitions by regular expression
 * say. The seed is printed on failure; set {@code -Dherald.test.seed=N} to replay it.
 */
class GazetteerKeyRandomTest {
    /** Letters, digits (Arabic-Indic and superscript too), apostrophes, punctuation and white space of several kinds. */
    private static final String ALPHABET = "aZéß Ł'’-.,&()/ \t\n\u00A0\u2003\u0663²Ⅻ0 9Thethe ";

    @Test
    void key_and_words_agree_with_their_definitions_on_random_names() {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            if (random.nextInt(4) == 0) {
                name.append(random.nextBoolean() ? "The " : "the ");
            }
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = name.toString();
            assertThat(Gazetteer.key(s)).as("key of \"%s\", seed %d", s, seed).isEqualTo(keyByRegex(s));
            assertThat(Gazetteer.words(s)).as("words of \"%s\", seed %d", s, seed).isEqualTo(wordsByRegex(s));
        }
    }

    @Test
    void key_folds_case_punctuation_and_a_leading_the() {
        assertThat(Gazetteer.key("The Hague")).isEqualTo("hague");
        assertThat(Gazetteer.key("  Saint-Denis,  (France) ")).isEqualTo("saint denis france");
        assertThat(Gazetteer.key("People’s Bank")).isEqualTo("people's bank");
    }

    @Test
    void a_failed_background_load_fails_the_join_with_its_own_error() {
        CompletableFuture<Gazetteer> failed = CompletableFuture.failedFuture(
                new IllegalArgumentException("actors line 3: expected 5 tab-separated columns, found 2"));
        assertThatThrownBy(() -> Gazetteer.joined(failed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actors line 3");
    }

    private static String keyByRegex(String name) {
        String k = TokenTrie.fold(name).replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static List<String> wordsByRegex(String form) {
        String s = form.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
    }
}
