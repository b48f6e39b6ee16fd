package dev.herald.entities.coreference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivenNamesTest {

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
        assertThat(GivenNames.builtIn().genderOf(name)).contains(gender);
    }

    @ParameterizedTest
    @CsvSource({"Andrea", "Jean", "Kim", "Alex", "Truss"})
    void names_of_both_genders_and_surnames_mark_none(String name) {
        assertThat(GivenNames.builtIn().genderOf(name)).isEmpty();
    }

    @Test
    void a_name_listed_under_both_genders_is_dropped() {
        GivenNames names = new GivenNames(GivenNames.parse(List.of("# comment", "m: Ola Per", "f: Ola Kari")));
        assertThat(names.genderOf("Ola")).isEmpty();
        assertThat(names.genderOf("per")).contains(PersonGender.Gender.MALE);
        assertThat(names.genderOf("Kari")).contains(PersonGender.Gender.FEMALE);
        assertThat(names.size()).isEqualTo(2);
    }

    @Test
    void a_line_without_gender_is_refused() {
        assertThatThrownBy(() -> GivenNames.parse(List.of("Ola Per"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'m:' or 'f:'");
    }

    @Test
    void gendered_words_mark_a_gender() {
        assertThat(PersonGender.ofWord("Queen")).contains(PersonGender.Gender.FEMALE);
        assertThat(PersonGender.ofWord("chairman")).contains(PersonGender.Gender.MALE);
        assertThat(PersonGender.ofWord("Mrs.")).contains(PersonGender.Gender.FEMALE);
        assertThat(PersonGender.ofWord("President")).isEqualTo(Optional.empty());
    }
}
