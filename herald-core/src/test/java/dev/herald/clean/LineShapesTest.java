package dev.herald.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineShapesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Weather: Snow to sweep across Scotland       | Minister under fire as peace deal lets rebels off hook | true
            Japanese brewers make money from new drinks  | Japan turns to beer alternatives                    | false
            Putin's army retreats from Kyiv suburbs      | Putin warned over peace talks                       | false
            The and with from                            | Council approves budget                              | false
            """)
    void a_line_is_about_another_story_when_it_shares_no_content_word_with_the_headline(String line, String headline,
                                                                                      boolean other) {
        assertThat(LineShapes.isAboutAnotherStory(line, headline)).isEqualTo(other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mayor quits after row over parking fines      | true
            Will the mayor survive the vote?              | true
            ‘Nobody told us anything’ says stranded skier | true
            • Library to open on Sundays                  | true
            The council will meet again on Monday.        | false
            Councillors said:                             | false
            (Reporting by Jane Doe)                       | false
            """)
    void a_headline_in_a_list_has_no_final_full_stop_or_colon(String line, boolean headline) {
        assertThat(LineShapes.looksLikeHeadline(line)).isEqualTo(headline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He said it was over.          | true
            “We will win,” she said.      | true
            “We will win.”                | true
            Is it over?                   | true
            Council leader defends cuts   | false
            Here's what you need to know: | false
            """)
    void a_sentence_ends_with_a_full_stop_question_or_exclamation_mark_maybe_then_a_quote(String line, boolean ends) {
        assertThat(LineShapes.endsSentence(line)).isEqualTo(ends);
    }
}
