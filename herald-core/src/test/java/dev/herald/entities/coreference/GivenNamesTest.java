package dev.herald.entities.coreference;

import dev.herald.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GivenNamesTest {
    private static final GivenNames BUNDLED = GivenNames.of(Lexicon.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Helena   | FEMALE
        Tobias   | MALE
        João     | MALE
        Catarina | FEMALE
        Volodymyr| MALE
        Yulia    | FEMALE
        Fatima   | FEMALE
        Kwame    | MALE
        """)
    void built_in_list_knows_common_names_across_languages(String name, PersonGender.Gender gender) {
        assertThat(BUNDLED.genderOf(name)).contains(gender);
    }

    @ParameterizedTest
    @CsvSource({"Andrea", "Jean", "Kim", "Alex", "Truss"})
    void names_of_both_genders_and_surnames_mark_none(String name) {
        assertThat(BUNDLED.genderOf(name)).isEmpty();
    }

    @Test
    void a_name_listed_under_both_genders_is_dropped() {
        GivenNames names = GivenNames.of(Lexicon.parse("test", List.of("# comment", "given-name m: Ola, Per",
                "given-name f: Ola, Kari")));
        assertThat(names.genderOf("Ola")).isEmpty();
        assertThat(names.genderOf("per")).contains(PersonGender.Gender.MALE);
        assertThat(names.genderOf("Kari")).contains(PersonGender.Gender.FEMALE);
        assertThat(names.size()).isEqualTo(2);
    }

    @Test
    void gendered_words_of_the_lexicon_mark_a_gender() {
        PersonGender genders = PersonGender.of(Lexicon.bundled());
        assertThat(genders.ofWord("Queen")).contains(PersonGender.Gender.FEMALE);
        assertThat(genders.ofWord("chairman")).contains(PersonGender.Gender.MALE);
        assertThat(genders.ofWord("Mrs.")).contains(PersonGender.Gender.FEMALE);
        assertThat(genders.ofWord("Duchess")).contains(PersonGender.Gender.FEMALE);
        assertThat(genders.ofWord("President")).isEqualTo(Optional.empty());
        PersonGender own = PersonGender.of(Lexicon.parse("test.txt", List.of("gender-word f: Skipperess")));
        assertThat(own.ofWord("skipperess")).contains(PersonGender.Gender.FEMALE);
        assertThat(own.ofWord("Queen")).isEmpty();
    }
}
