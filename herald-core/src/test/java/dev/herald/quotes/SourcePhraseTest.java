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
import java.util.HashMap;
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

    /**
     * Tagged, the phrase takes the determiner and the words of the description ("On Monday" before it is
     * no part of it), the phrase that says whose it is, a description set before the name by a comma,
     * and two names joined by "and". Tags are written word/TAG (NN where not given).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
        On Monday the [Acme Foods|ORGANIZATION] chief executive said that the plant would close next year. # On/IN Monday/NNP the/DT Acme/NNP Foods/NNP chief/JJ executive/NN said/VBD # Acme Foods chief executive | the Acme Foods chief executive
        Sources close to her campaign said that the vote would be held next spring. # Sources/NNS close/RB to/TO her/PRP$ campaign/NN said/VBD that/IN the/DT would/MD be/VB # Sources | Sources close to her campaign
        One Republican hopeful, [Carly Fiorina|PERSON], said that the vote would be held in spring. # One/CD Republican/JJ Carly/NNP Fiorina/NNP ,/, said/VBD that/IN the/DT would/MD # Carly Fiorina | One Republican hopeful, Carly Fiorina
        Rivals [Jeb Bush|PERSON] and [Chris Christie|PERSON] said that the plan would fail. # Rivals/NNS Jeb/NNP Bush/NNP and/CC Chris/NNP Christie/NNP said/VBD that/IN the/DT would/MD # Chris Christie | Rivals Jeb Bush and Chris Christie
        """)
    void parts_of_speech_tell_the_noun_phrase_where_the_profile_gives_them(String text, String tags, String expected) {
        Map<String, String> byWord = new HashMap<>();
        for (String pair : tags.trim().split("\\s+")) {
            int slash = pair.lastIndexOf('/');
            byWord.put(pair.substring(0, slash), pair.substring(slash + 1));
        }
        assertThat(spans(tagged(text, byWord))).containsExactly(expected);
    }

    @Test
    void a_no_break_space_separates_words_as_a_space_does() {
        Article a = TestArticles.quoted("\"We will win,\" said the\u00a0former minister [Ana Silva|PERSON].");
        assertThat(spans(a)).containsExactly("Ana Silva | the\u00a0former minister Ana Silva");
    }
}
