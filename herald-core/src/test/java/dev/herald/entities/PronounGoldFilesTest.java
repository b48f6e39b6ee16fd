package dev.herald.entities;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pronoun gold is complete: every third-person pronoun of every article carries a mark. */
class PronounGoldFilesTest {

    @Test
    void every_third_person_pronoun_of_the_gold_is_marked() throws IOException {
        for (String name : PronounGoldTest.FILES) {
            List<PronounGoldTest.Gold> gold = new ArrayList<>();
            String text = PronounGoldTest.strip(PronounGoldTest.resource(name), gold);
            assertThat(PronounGoldTest.pronouns(text)).as(name).hasSize(gold.size());
            assertThat(gold).as(name).allMatch(g -> PronounGoldTest.PRONOUN.matcher(g.pronoun()).matches());
        }
    }
}
