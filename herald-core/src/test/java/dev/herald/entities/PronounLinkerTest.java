package dev.herald.entities;

import dev.herald.model.InputFormat;
import org.junit.jupiter.api.Test;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class PronounLinkerTest {

    @Test
    void sentence_initial_pronoun_refers_to_the_person_named_last() {
        var a = analyzed(tagged("President [Ramon Tagle|PER] pledged a vote. He said: it will happen."));
        assertThat(entity(a, "Ramon Tagle")).isEqualTo("Ramon Tagle PERSON - -: Ramon Tagle, He/pronoun");
    }

    @Test
    void pronoun_skips_a_person_of_the_other_gender() {
        var a = analyzed(tagged("Ms [Haverford|PER] met Mr [Okonkwo|PER]. She said talks went well."));
        assertThat(entity(a, "Haverford")).isEqualTo("Haverford PERSON - -: Ms Haverford, She/pronoun");
        assertThat(entity(a, "Okonkwo")).isEqualTo("Okonkwo PERSON - -: Mr Okonkwo");
    }

    @Test
    void pronoun_far_from_any_person_refers_to_nobody() {
        var a = analyzed(tagged("[Marta Quillan|PER] left. The rain fell. The river rose. The town slept. He waited."));
        assertThat(entity(a, "Marta Quillan")).isEqualTo("Marta Quillan PERSON - -: Marta Quillan");
    }

    @Test
    void plain_input_gets_no_pronoun_mentions() {
        var a = analyzed(tagged("[Marta Quillan|PER] left. She said goodbye.", InputFormat.PLAIN));
        assertThat(entity(a, "Marta Quillan")).isEqualTo("Marta Quillan PERSON - -: Marta Quillan");
    }
}
