package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The speaker's mention is the cue's subject; its source is the whole expression around it. */
class SourcePhraseTest {

    /** {@return each quote as "mention | source" of its speaker} */
    private static List<String> spans(Article a) {
        List<String> out = new ArrayList<>();
        for (Quote q : a.get(Layer.QUOTES)) {
            Speaker s = q.speaker().orElseThrow();
            out.add(s.mention().orElseThrow().of(a.text()) + " | " + s.source().orElseThrow().of(a.text()));
        }
        return out;
    }

    /** {@return the article of {@code marked} with its words tagged from {@code tags} (NN where not given), quotes found and attributed} */
    private static Article tagged(String marked, Map<String, String> tags) {
        return withReportedSpeech(TestArticles.quoted(marked, tags));
    }

    private static Article withReportedSpeech(Article a) {
        return new ReportedSpeechFinder(Lexicon.english()).apply(a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '>', quoteCharacter = '`', textBlock = """
            "We will win," said the former minister [Ana Silva|PERSON].              > Ana Silva | the former minister Ana Silva
            "We will win," said former Gov. [Ana Silva|PERSON] (D-Ill.).              > Gov. Ana Silva | former Gov. Ana Silva (D-Ill.)
            [Ana Silva|PERSON], a professor at [Oxford|ORGANIZATION], said: "We will win." > Ana Silva | Ana Silva, a professor at Oxford
            "We will win," said [Ana Silva|PERSON], who chairs the board.            > Ana Silva | Ana Silva, who chairs the board
            "We will win," a spokesman for [Acme Foods|ORGANIZATION] said.           > spokesman for Acme Foods | a spokesman for Acme Foods
            "We will win," [Ana Silva|PERSON] of [Oxfam|ORGANIZATION] said.           > Ana Silva | Ana Silva of Oxfam
            "We will win," [Ana Silva|PERSON] said.                                  > Ana Silva | Ana Silva
            "We will win," [Ana Silva|PERSON] said on Monday, adding it was close.   > Ana Silva | Ana Silva
            """)
    void source_is_the_whole_expression_around_the_mention(String text, String expected) {
        assertThat(spans(TestArticles.quoted(text))).containsExactly(expected);
    }

    @Test
    void a_pronoun_is_its_own_mention_and_source_while_the_name_is_the_speaker() {
        Article a = TestArticles.quoted("[Ana Silva|PERSON] arrived late. \"We will win,\" she said.");
        assertThat(spans(a)).containsExactly("she | she");
        assertThat(a.get(Layer.QUOTES).get(0).speaker().orElseThrow().name()).isEqualTo("Ana Silva");
    }

    @Test
    void reported_speech_by_a_pronoun_keeps_the_pronoun_as_its_mention() {
        Article a = withReportedSpeech(TestArticles.quoted(
                "[Ana Silva|PERSON] arrived late. She said that the vote would be held next spring."));
        assertThat(spans(a)).containsExactly("She | She");
        assertThat(a.get(Layer.QUOTES).get(0).speaker().orElseThrow().name()).isEqualTo("Ana Silva");
    }

    @Test
    void source_stops_at_the_edge_of_its_sentence_and_at_quotations() {
        Article a = TestArticles.quoted("The vote was close. The \u201cIron Lady\u201d [Ana Silva|PERSON] said: \"We will win.\"");
        assertThat(spans(a)).containsExactly("Ana Silva | Ana Silva");
    }

    @Test
    void parts_of_speech_tell_the_noun_phrase_where_the_profile_gives_them() {
        // Tagged, the phrase takes the determiner and the words of the description; "On Monday" before
        // it is no part of it.
        Article a = tagged("On Monday the [Acme Foods|ORGANIZATION] chief executive said that the plant would close next year.",
                Map.of("On", "IN", "Monday", "NNP", "the", "DT",
                "Acme", "NNP", "Foods", "NNP", "chief", "JJ", "executive", "NN", "said", "VBD"));
        assertThat(spans(a)).containsExactly("Acme Foods chief executive | the Acme Foods chief executive");
    }

    @Test
    void a_description_keeps_the_phrase_that_says_whose_it_is() {
        Article a = tagged("Sources close to her campaign said that the vote would be held next spring.",
                Map.of("Sources", "NNS", "close", "RB", "to", "TO",
                "her", "PRP$", "campaign", "NN", "said", "VBD", "that", "IN", "the", "DT", "would", "MD", "be", "VB"));
        assertThat(spans(a)).containsExactly("Sources | Sources close to her campaign");
    }

    @Test
    void a_description_set_before_the_name_by_a_comma_is_part_of_the_source() {
        Article a = tagged("One Republican hopeful, [Carly Fiorina|PERSON], said that the vote would be held in spring.",
                Map.of("One", "CD", "Republican", "JJ",
                "Carly", "NNP", "Fiorina", "NNP", ",", ",", "said", "VBD", "that", "IN", "the", "DT", "would", "MD"));
        assertThat(spans(a)).containsExactly("Carly Fiorina | One Republican hopeful, Carly Fiorina");
    }

    @Test
    void two_names_joined_by_and_are_one_source() {
        Article a = tagged("Rivals [Jeb Bush|PERSON] and [Chris Christie|PERSON] said that the plan would fail.",
                Map.of("Rivals", "NNS", "Jeb", "NNP",
                "Bush", "NNP", "and", "CC", "Chris", "NNP", "Christie", "NNP", "said", "VBD", "that", "IN", "the", "DT",
                "would", "MD"));
        assertThat(spans(a)).containsExactly("Chris Christie | Rivals Jeb Bush and Chris Christie");
    }

    @Test
    void a_no_break_space_separates_words_as_a_space_does() {
        Article a = TestArticles.quoted("\"We will win,\" said the\u00a0former minister [Ana Silva|PERSON].");
        assertThat(spans(a)).containsExactly("Ana Silva | the\u00a0former minister Ana Silva");
    }
}
