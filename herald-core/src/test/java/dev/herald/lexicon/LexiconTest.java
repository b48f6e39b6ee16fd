package dev.herald.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    @Test
    void lines_of_one_kind_and_key_add_up_in_file_order() {
        Lexicon lexicon = Lexicon.parse("test.txt", List.of("# comment", "", "title office: Prime Minister, Mayor",
                "given-name f: Kari", "title office:  Chancellor of the Exchequer "));
        assertThat(lexicon.words("title", "office")).containsExactly("Prime Minister", "Mayor", "Chancellor of the Exchequer");
        assertThat(lexicon.kind("given-name")).containsOnlyKeys("f");
        assertThat(lexicon.words("given-name", "m")).isEmpty();
        assertThat(lexicon.words("pronoun", "he")).isEmpty();
    }

    @Test
    void a_malformed_line_fails_with_its_file_and_number() {
        assertThatThrownBy(() -> Lexicon.parse("extra.txt", List.of("# names", "given-name: Ola")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra.txt line 2")
                .hasMessageContaining("KIND KEY: word, word");
        assertThatThrownBy(() -> Lexicon.parse("extra.txt", List.of("title office: Mayor,, Governor")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extra.txt line 1: empty word");
    }

    @Test
    void the_bundled_lexicon_has_given_names_of_both_genders_and_titles() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.words("given-name", "m")).contains("James", "Keir");
        assertThat(lexicon.words("given-name", "f")).contains("Caroline");
        assertThat(lexicon.words("title", "office")).contains("Foreign Secretary", "Chancellor of the Exchequer");
    }

    @Test
    void the_bundled_lexicon_has_the_honorifics_roles_and_person_nouns_attribution_reads() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.words("honorific", "f")).contains("Mrs", "Dame");
        assertThat(lexicon.words("honorific", "any")).contains("Dr");
        assertThat(lexicon.words("title", "role")).contains("coach").doesNotContain("Foreign Secretary");
        assertThat(lexicon.words("person-noun", "m")).contains("businessman");
    }

    @Test
    void a_pronoun_is_read_by_its_key_and_case() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.pronoun("f", Lexicon.PronounCase.POSSESSIVE)).isEqualTo("hers");
        assertThat(lexicon.pronoun("they", Lexicon.PronounCase.REFLEXIVE)).isEqualTo("themselves");
        assertThatThrownBy(() -> Lexicon.parse("test.txt", List.of()).pronoun("m", Lexicon.PronounCase.SUBJECT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'pronoun m' must give 5 words");
    }

    @Test
    void the_bundled_lexicon_has_every_month_with_its_abbreviations() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.kind("month")).hasSize(12);
        assertThat(lexicon.words("month", "9")).containsExactly("September", "Sept", "Sep");
        assertThat(lexicon.all("month")).contains("January", "Dec").doesNotContain("Monday");
    }
}
