package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder(QuoteConfig.defaults());

    private List<String> quotes(String text) {
        Article a = finder.apply(TestArticles.of(text));
        return a.get(Layer.QUOTES).stream().map(q -> q.span().of(a.text())).toList();
    }

    private List<String> kinds(String text) {
        Article a = finder.apply(TestArticles.of(text));
        return a.get(Layer.QUOTES).stream().map(q -> q.span().of(a.text()) + " = " + q.kind()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "We will win," said Ana Silva.                    | We will win,
            \u201cWe will win,\u201d said Ana Silva.          | We will win,
            \u2018We will win,\u2019 said Ana Silva.          | We will win,
            \u00abWe will win\u00bb, said Ana Silva.          | We will win
            \u00ab We will win \u00bb, said Ana Silva.        | We will win
            \u201eWe will win\u201c, said Ana Silva.          | We will win
            """)
    void quotation_marks_of_each_style_are_found(String text, String quote) {
        assertThat(quotes(text)).containsExactly(quote);
    }

    @Test
    void apostrophes_are_not_quotation_marks() {
        String text = "Ukraine\u2019s envoy said the \u201990s were over and it\u2019s time to act. "
                + "\u2018We don\u2019t give up on Ukraine\u2019s people,\u2019 she said. The players' union agreed.";
        assertThat(quotes(text)).containsExactly("We don\u2019t give up on Ukraine\u2019s people,");
    }

    @Test
    void nested_quote_stays_inside_the_outer_one() {
        String text = "\u201cShe told me \u2018never again\u2019 and left,\u201d he said. "
                + "'He shouted \"stop\" twice,' the witness said.";
        assertThat(quotes(text)).containsExactly("She told me \u2018never again\u2019 and left,",
                "He shouted \"stop\" twice,");
    }

    @Test
    void quotation_over_several_paragraphs_is_one_quote() {
        String text = "The minister said: \u201cFirst paragraph.\n\n\u201cSecond paragraph.\n\n\u201cLast one.\u201d\n\nThen the writer goes on.";
        assertThat(quotes(text)).containsExactly("First paragraph.\n\n\u201cSecond paragraph.\n\n\u201cLast one.");
    }

    @Test
    void quotation_does_not_run_on_over_a_paragraph_without_marks() {
        String text = "She said: \u201cThis never closes.\n\nThe writer goes on.\n\n\u201cA new quote.\u201d";
        assertThat(quotes(text)).containsExactly("This never closes.", "A new quote.");
    }

    @Test
    void unclosed_mark_closes_at_the_paragraph_end() {
        String text = "She said: \"This never closes.\n\nA new paragraph with \"a quote\" in it.";
        assertThat(quotes(text)).containsExactly("This never closes.", "a quote");
    }

    @Test
    void continued_quotation_without_closing_mark_ends_at_the_next_opening_mark() {
        String text = "He said: \"We are short of staff. \"We are going to hire more,\" he added.";
        assertThat(quotes(text)).containsExactly("We are short of staff.", "We are going to hire more,");
    }

    @Test
    void related_article_links_are_not_quotes() {
        String text = "The talks went on.\n\nREAD MORE:\nMinister calls deal \u2018a disaster\u2019 [INSIGHT]\n\n"
                + "Officials said it was \u201cfine\u201d.\n\nCritic says \u2018no deal\u2019 is better [UPDATE]\nThe end.";
        assertThat(quotes(text)).containsExactly("fine");
    }

    @Test
    void single_letter_between_straight_marks_is_no_quote() {
        assertThat(quotes("She plays drum 'n' bass at night.")).isEmpty();
    }

    @Test
    void quoted_sentence_is_direct_and_quoted_words_are_partial() {
        String text = "Ana Silva warned of a \"long winter\" ahead. \"We are ready,\" she said. She said: \"Come.\"";
        assertThat(kinds(text)).containsExactly("long winter = " + Quote.Kind.PARTIAL, "We are ready, = " + Quote.Kind.DIRECT,
                "Come. = " + Quote.Kind.DIRECT);
    }

    @Test
    void overlong_span_is_dropped() {
        QuoteFinder small = new QuoteFinder(new QuoteConfig(10, 3));
        Article a = small.apply(TestArticles.of("He said \"this is far too long to keep\" and \"short\" too."));
        assertThat(a.get(Layer.QUOTES)).extracting(q -> q.span().of(a.text())).containsExactly("short");
    }
}
