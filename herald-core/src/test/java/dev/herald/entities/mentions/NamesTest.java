package dev.herald.entities.mentions;

import dev.herald.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Mr Ola Berg          => Ola Berg
        Mrs. Kari Lind's     => Kari Lind
        Mx Sol Varga         => Sol Varga
        Prof. Ines Duarte    => Ines Duarte
        Lord Hallworth       => Lord Hallworth
        the Wexmoor Trust    => Wexmoor Trust
        """)
    void a_dropped_honorific_is_not_part_of_the_name_and_a_kept_one_is(String name, String bare) {
        assertThat(Names.bare(name)).isEqualTo(bare);
    }

    @Test
    void person_words_leave_out_honorifics_of_both_uses() {
        assertThat(Names.personWords("Baroness Kari Lind")).containsExactly("kari", "lind");
        assertThat(Names.personWords("Dr. Ola Berg")).containsExactly("ola", "berg");
    }

    @Test
    void honorifics_of_a_use_come_from_the_lexicon_and_must_be_honorifics() {
        Lexicon lexicon = Lexicon.parse("test.txt", List.of("honorific m: Herr, Graf", "name-honorific dropped: Herr",
                "name-honorific kept: Graf"));
        assertThat(Names.honorifics(lexicon, "dropped", true)).containsExactlyInAnyOrder("Herr", "Herr.");
        assertThat(Names.honorifics(lexicon, "kept", false)).containsExactly("Graf");
        Lexicon stray = Lexicon.parse("test.txt", List.of("honorific m: Herr", "name-honorific kept: Graf"));
        assertThatThrownBy(() -> Names.honorifics(stray, "kept", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Graf' is not an honorific");
    }
}
