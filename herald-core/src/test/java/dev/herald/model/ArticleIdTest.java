package dev.herald.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdTest {
    @Test
    void id_is_sixteen_hex_digits_and_stable() {
        String id = ArticleId.of("Title", "Body text.");
        assertThat(id).matches("[0-9a-f]{16}").isEqualTo(ArticleId.of("Title", "Body text."));
    }

    @Test
    void id_ignores_quote_style_whitespace_and_the_case_of_the_title() {
        assertThat(ArticleId.of("Minister’s “plan”", "It  said:\n“Yes.”"))
                .isEqualTo(ArticleId.of("minister's \"plan\"", "It said: \"Yes.\""));
        assertThat(ArticleId.of("MINISTER QUITS", "He left.")).isEqualTo(ArticleId.of("Minister quits", "He left."));
    }

    @Test
    void id_ignores_line_wrapping_and_spaces_inside_a_paragraph() {
        assertThat(ArticleId.of("Title", "One sentence.\nAnother one,\r\nwrapped.  \n\nA third."))
                .isEqualTo(ArticleId.of("Title", "One sentence. Another one, wrapped.\n\nA third."));
        assertThat(ArticleId.of("Title", "First.\n \t\n\n  Second."))
                .isEqualTo(ArticleId.of("Title", "First.\n\nSecond."));
    }

    @Test
    void id_differs_when_a_paragraph_breaks_elsewhere() {
        assertThat(ArticleId.of("Title", "One sentence. Another one.\n\nA third."))
                .isNotEqualTo(ArticleId.of("Title", "One sentence.\n\nAnother one. A third."))
                .isNotEqualTo(ArticleId.of("Title", "One sentence. Another one. A third."));
    }

    @Test
    void id_differs_when_the_text_differs() {
        assertThat(ArticleId.of("Title", "Body one.")).isNotEqualTo(ArticleId.of("Title", "Body two."));
        assertThat(ArticleId.of("Title one", "Body.")).isNotEqualTo(ArticleId.of("Title two", "Body."));
    }

    @Test
    void id_differs_when_the_case_of_a_word_in_the_text_differs() {
        assertThat(ArticleId.of("Title", "The grand slam is gone."))
                .isNotEqualTo(ArticleId.of("Title", "The Grand Slam is gone."));
    }
}
