package dev.herald.entities;

import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import org.junit.jupiter.api.Test;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class PronounLinkerTest {

    private static Article linked(String markup) {
        return analyzed(PronounArticles.tagged(markup));
    }

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
        var a = analyzed(tagged("[Marta Quillan|PER] left. She said goodbye. [Acme|ORG] said it would close.",
                InputFormat.PLAIN));
        assertThat(entity(a, "Marta Quillan")).isEqualTo("Marta Quillan PERSON - -: Marta Quillan");
        assertThat(entity(a, "Acme")).isEqualTo("Acme ORGANIZATION - -: Acme");
    }

    @Test
    void object_and_possessive_pronouns_are_linked_too() {
        var a = linked("[Luis Vidal|PER] said his party would win. Voters backed him.");
        assertThat(entity(a, "Luis Vidal")).isEqualTo("Luis Vidal PERSON - -: Luis Vidal, his/pronoun, him/pronoun");
    }

    @Test
    void gender_comes_from_the_given_name() {
        var a = linked("[Tomas Berg|PER] thanked [Helena Marsh|PER] for her work. She said he was kind.");
        assertThat(entity(a, "Helena Marsh")).isEqualTo("Helena Marsh PERSON - -: Helena Marsh, her/pronoun, She/pronoun");
        assertThat(entity(a, "Tomas Berg")).isEqualTo("Tomas Berg PERSON - -: Tomas Berg, he/pronoun");
    }

    @Test
    void gender_comes_from_a_gendered_title_before_the_name() {
        var a = linked("Queen [Ottilie|PER] received [Arno Pell|PER]. She spoke first.");
        assertThat(entity(a, "Ottilie")).endsWith("She/pronoun");
        assertThat(entity(a, "Arno Pell")).doesNotContain("pronoun");
    }

    @Test
    void gender_comes_from_a_pronoun_already_linked() {
        var a = linked("[Robin Ames|PER] arrived late. She apologised. [Ames|PER] thanked [Pat Kerr|PER]. He left.");
        assertThat(entity(a, "Robin Ames")).isEqualTo("Robin Ames PERSON - -: Robin Ames, She/pronoun, Ames");
        assertThat(entity(a, "Pat Kerr")).isEqualTo("Pat Kerr PERSON - -: Pat Kerr, He/pronoun");
    }

    @Test
    void subject_is_preferred_over_object() {
        var a = linked("[Tomas Berg|PER] met [Arno Pell|PER] on Friday. He said the talks were good.");
        assertThat(entity(a, "Tomas Berg")).endsWith("He/pronoun");
        assertThat(entity(a, "Arno Pell")).doesNotContain("pronoun");
    }

    @Test
    void object_pronoun_never_stands_for_the_subject_of_its_clause() {
        var a = linked("[Luis Vidal|PER] met [Arno Pell|PER]. [Pell|PER] praised him.");
        assertThat(entity(a, "Luis Vidal")).endsWith("him/pronoun");
        assertThat(entity(a, "Arno Pell")).doesNotContain("pronoun");
    }

    @Test
    void reflexive_stands_for_the_subject_of_its_clause() {
        var a = linked("[Luis Vidal|PER] met [Arno Pell|PER]. [Pell|PER] blamed himself.");
        assertThat(entity(a, "Arno Pell")).endsWith("himself/pronoun");
        assertThat(entity(a, "Luis Vidal")).doesNotContain("pronoun");
    }

    @Test
    void pronoun_after_an_indefinite_person_noun_refers_to_nobody_named() {
        var a = linked("[Tomas Berg|PER] left. A witness said he saw the crash.");
        assertThat(entity(a, "Tomas Berg")).doesNotContain("pronoun");
    }

    @Test
    void organisation_is_what_it_and_its_stand_for_after_it_speaks() {
        var a = linked("[Valdane Motors|ORG] said it would cut jobs as its sales fall.");
        assertThat(entity(a, "Valdane Motors"))
                .isEqualTo("Valdane Motors ORGANIZATION COMPANY -: Valdane Motors, it/pronoun, its/pronoun");
    }

    @Test
    void country_is_what_its_stands_for() {
        var a = linked("[Russia|LOC] said its troops would stay.");
        assertThat(entity(a, "Russia")).endsWith("its/pronoun");
    }

    @Test
    void body_noun_subject_stands_for_the_organisation_named_last() {
        var a = linked("Regulators fined [Nexora|ORG] on Monday. The company said it would appeal.");
        assertThat(entity(a, "Nexora")).endsWith("Nexora, it/pronoun");
    }

    @Test
    void sentence_initial_it_follows_the_subject_of_the_sentence_before() {
        var a = linked("The [Coast Agency|ORG] issued a warning. It said roads were icy.");
        assertThat(entity(a, "Coast Agency")).endsWith("It/pronoun");
    }

    @Test
    void pleonastic_it_stands_for_nothing() {
        var a = linked("The [Coast Agency|ORG] issued a warning. It is likely that roads will close. "
                + "The [Coast Agency|ORG] met. It was raining.");
        assertThat(entity(a, "Coast Agency")).doesNotContain("pronoun");
    }

    @Test
    void it_said_with_no_body_around_stands_for_nothing() {
        var a = linked("[Marta Quillan|PER] read the report. It said costs rose.");
        assertThat(entity(a, "Marta Quillan")).doesNotContain("pronoun");
    }

    @Test
    void they_follows_an_organisation_but_not_a_plural_noun() {
        var a = linked("The [Socialist Party|ORG] said they were confident. Analysts said they expected a loss.");
        assertThat(entity(a, "Socialist Party")).endsWith("Socialist Party, they/pronoun");
    }

    @Test
    void a_person_subject_blocks_it() {
        var a = linked("[Acme|ORG] hired [Luis Vidal|PER]. Vidal said it was a good deal.");
        assertThat(entity(a, "Acme")).doesNotContain("pronoun");
    }

    @Test
    void body_noun_does_not_stand_for_an_organisation_it_does_not_fit() {
        var a = linked("Regulators fined [Nexora|ORG] on Monday. The coalition said it would appeal.");
        assertThat(entity(a, "Nexora")).doesNotContain("pronoun");
    }

    @Test
    void they_does_not_reach_past_a_plural_noun() {
        var a = linked("[Acme|ORG] fired two managers over their pay.");
        assertThat(entity(a, "Acme")).doesNotContain("pronoun");
    }

    @Test
    void possessive_is_left_alone_when_an_organisation_object_could_own_it_too() {
        var a = linked("[Armenia|LOC] thanked the [European Union|ORG] for its mediation.");
        assertThat(entity(a, "Armenia")).doesNotContain("pronoun");
        assertThat(entity(a, "European Union")).doesNotContain("pronoun");
    }

    @Test
    void it_inside_a_quotation_does_not_follow_a_subject_outside_it() {
        var a = linked("The [Coast Agency|ORG] said: \u201cThis is a strike about pay. It is not about jobs.\u201d");
        assertThat(entity(a, "Coast Agency")).doesNotContain("pronoun");
    }

    @Test
    void it_inside_a_quotation_follows_a_subject_inside_it() {
        var a = linked("A spokesman said: \u201c[Russia|LOC] will take measures to ensure its security.\u201d");
        assertThat(entity(a, "Russia")).endsWith("its/pronoun");
    }

    @Test
    void object_it_is_left_alone() {
        var a = linked("[Korvex|ORG] said on Monday it would consider selling it again.");
        assertThat(entity(a, "Korvex")).isEqualTo("Korvex ORGANIZATION - -: Korvex, it/pronoun");
    }

    @Test
    void they_does_not_stand_for_one_of_two_coordinated_names() {
        var a = linked("[Luis Vidal|PER] and the [Socialist Party|ORG] said they would appeal.");
        assertThat(entity(a, "Socialist Party")).doesNotContain("pronoun");
    }
}
