package dev.herald.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    private static final dev.herald.lexicon.Lexicon SHARED = dev.herald.lexicon.Lexicon.parse("test.txt", List.of(
            "given-name m: Tomasz, Kari", "given-name f: Ingrid, Kari", "honorific f: Dame", "honorific any: Dr",
            "title office: Harbour Master", "title role: skipper", "person-noun f: niece", "person-noun any: skipper",
            "pronoun m: he, him, his, his, himself", "pronoun f: she, her, her, hers, herself",
            "pronoun it: it, it, its, its, itself", "pronoun they: they, them, their, theirs, themselves"));

    @Test
    void shared_words_come_from_the_lexicon_passed_in() {
        Lexicon lexicon = Lexicon.of(SHARED);
        assertThat(lexicon.firstName("Tomasz")).contains(Lexicon.Gender.MALE);
        assertThat(lexicon.firstName("Ingrid")).contains(Lexicon.Gender.FEMALE);
        assertThat(lexicon.firstName("James")).isEmpty();
        assertThat(lexicon.honorific("Dame")).contains(Lexicon.Gender.FEMALE);
        assertThat(lexicon.honorific("Dr.")).contains(Lexicon.Gender.UNKNOWN);
        assertThat(lexicon.isTitle("harbour master")).isTrue();
        assertThat(lexicon.isTitle("skipper")).isTrue();
        assertThat(lexicon.personNoun("Niece")).contains(Lexicon.Gender.FEMALE);
    }

    @Test
    void subject_pronouns_come_from_the_lexicon_passed_in_with_their_gender() {
        Lexicon lexicon = Lexicon.of(SHARED);
        assertThat(lexicon.subjectPronoun("She")).contains(Lexicon.Gender.FEMALE);
        assertThat(lexicon.subjectPronoun("he")).contains(Lexicon.Gender.MALE);
        assertThat(lexicon.subjectPronoun("they")).contains(Lexicon.Gender.UNKNOWN);
        assertThat(lexicon.subjectPronoun("him")).isEmpty();
    }

    @Test
    void a_given_name_of_both_genders_tells_none() {
        assertThat(Lexicon.of(SHARED).firstName("Kari")).isEmpty();
    }

    @Test
    void the_package_keeps_its_own_cue_verbs() {
        assertThat(Lexicon.of(SHARED).cueBase("warned")).contains("warn");
    }
}
