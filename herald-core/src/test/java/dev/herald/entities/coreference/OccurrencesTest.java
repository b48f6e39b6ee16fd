package dev.herald.entities.coreference;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrencesTest {
    private static final int TOKENS = 40;

    @Test
    void answersAsScansOfTheSortedListDo() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Occurrence> names = new ArrayList<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                int first = random.nextInt(TOKENS);
                names.add(occurrence(n, first, Math.min(TOKENS, first + 1 + random.nextInt(4)), false));
            }
            names.sort(Comparator.comparingInt(Occurrence::first));
            Occurrences index = new Occurrences(names, TOKENS);
            List<Occurrence> expected = new ArrayList<>(names);
            for (int i = 0; i < TOKENS; i++) {
                int token = i;
                Optional<Occurrence> covering = expected.stream().filter(o -> o.first() <= token && token < o.end()).findFirst();
                assertThat(index.covering(i)).isEqualTo(covering);
                if (covering.isEmpty() && random.nextBoolean()) {
                    Occurrence pronoun = occurrence(99, i, i + 1, true);
                    index.addPronoun(pronoun);
                    expected.add(pronoun);
                    expected.sort(Comparator.comparingInt(Occurrence::first));
                    assertThat(index.all()).isEqualTo(expected);
                }
            }
            for (int s = 0; s <= TOKENS / 5 + 1; s++) {
                int sentence = s;
                int first = (int) expected.stream().takeWhile(o -> o.sentence() < sentence).count();
                assertThat(index.firstInSentence(s)).isEqualTo(first);
            }
            for (int t = 0; t <= TOKENS; t++) {
                int token = t;
                assertThat(index.firstStartingAt(t)).isEqualTo((int) expected.stream().takeWhile(o -> o.first() < token).count());
            }
        }
    }

    /** Sentences of five tokens each, so the sentence follows the first token as in an article. */
    private static Occurrence occurrence(int entity, int first, int end, boolean pronoun) {
        return new Occurrence(entity, first, end, first / 5, ClauseRoles.Role.OTHER, pronoun);
    }
}
