package dev.herald.entities.coreference;

import dev.herald.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PronounTest {
    private static final Pronoun.Forms FORMS = Pronoun.Forms.of(Lexicon.bundled());

    @ParameterizedTest
    @CsvSource(textBlock = """
        He,      PRP,  MALE,   false, SUBJECT
        him,     PRP,  MALE,   false, OBJECT
        his,     PRP$, MALE,   false, POSSESSIVE
        her,     PRP,  FEMALE, false, OBJECT
        her,     PRP$, FEMALE, false, POSSESSIVE
        herself, PRP,  FEMALE, false, REFLEXIVE
        it,      PRP,  ,       false, SUBJECT_OR_OBJECT
        theirs,  PRP,  ,       true,  POSSESSIVE
        them,    PRP,  ,       true,  OBJECT
        """)
    void a_pronoun_takes_gender_number_and_case_from_its_lexicon_line(String word, String pos, String gender,
                                                                     boolean plural, Pronoun.Case role) {
        Pronoun p = FORMS.of(word, pos).orElseThrow();
        assertThat(p.gender()).isEqualTo(Optional.ofNullable(gender).map(PersonGender.Gender::valueOf));
        assertThat(p.plural()).isEqualTo(plural);
        assertThat(p.role()).isEqualTo(role);
        assertThat(p.word()).isEqualTo(word);
    }

    @Test
    void first_and_second_person_and_other_words_are_no_pronouns() {
        assertThat(FORMS.of("we", "PRP")).isEmpty();
        assertThat(FORMS.of("you", "PRP")).isEmpty();
        assertThat(FORMS.of("Hera", "NNP")).isEmpty();
    }

    @Test
    void a_pronoun_line_without_five_cases_fails_the_load() {
        Lexicon shortLine = Lexicon.parse("test.txt", List.of("pronoun m: he, him, his", "pronoun f: she, her, her, hers, herself",
                "pronoun it: it, it, its, its, itself", "pronoun they: they, them, their, theirs, themselves"));
        assertThatThrownBy(() -> Pronoun.Forms.of(shortLine)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'pronoun m' must give 5 words");
    }
}
