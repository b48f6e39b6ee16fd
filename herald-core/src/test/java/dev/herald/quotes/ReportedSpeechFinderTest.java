package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedSpeechFinderTest {
    private final ReportedSpeechFinder finder = new ReportedSpeechFinder(Lexicon.english());

    private List<String> render(String text) {
        Article a = finder.apply(TestArticles.quoted(text));
        return a.get(Layer.QUOTES).stream()
                .map(q -> q.kind() + ": " + q.span().of(a.text()) + " ← " + q.speaker().map(s -> s.name()).orElse("?"))
                .toList();
    }

    @Test
    void said_that_gives_the_rest_of_the_sentence() {
        assertThat(render("Ms [Liz Truss|PERSON] has warned that any deal must have the consent of the people."))
                .containsExactly(Quote.Kind.INDIRECT + ": any deal must have the consent of the people ← Liz Truss");
    }

    @Test
    void attribution_after_the_content_gives_the_words_before_it() {
        assertThat(render("The plant will close next spring, [Acme Steel|ORGANIZATION] said on Monday. "
                + "Jobs will go in three towns, said [Ana Silva|PERSON]."))
                .containsExactly(Quote.Kind.INDIRECT + ": The plant will close next spring ← Acme Steel",
                        Quote.Kind.INDIRECT + ": Jobs will go in three towns ← Ana Silva");
    }

    @Test
    void an_opening_phrase_before_the_speaker_is_not_what_was_said() {
        assertThat(render("Asked about the new map, [Ana Silva|PERSON] said the party should brace for a long count. "
                + "The plant will close next spring, [Bo Li|PERSON] said on Monday."))
                .containsExactly(Quote.Kind.INDIRECT + ": the party should brace for a long count ← Ana Silva",
                        Quote.Kind.INDIRECT + ": The plant will close next spring ← Bo Li");
    }

    @Test
    void sentences_with_direct_quotes_are_left_alone() {
        assertThat(render("[Ana Silva|PERSON] said: \"We will win the vote next week.\""))
                .containsExactly(Quote.Kind.DIRECT + ": We will win the vote next week. ← Ana Silva");
    }

    @Test
    void told_without_that_and_short_content_are_not_reported_speech() {
        assertThat(render("[Ana Silva|PERSON] told reporters about the plan. [Ken Mori|PERSON] said no.")).isEmpty();
    }

    @Test
    void pronoun_speaker_is_resolved() {
        assertThat(render("Mr [Ken Mori|PERSON] arrived late. He said the talks had failed again."))
                .containsExactly(Quote.Kind.INDIRECT + ": the talks had failed again ← Ken Mori");
    }

    @Test
    void according_to_gives_the_rest_of_the_sentence() {
        assertThat(render("The plant will close next spring, according to [Acme Steel|ORGANIZATION]. "
                + "According to [Ana Silva|PERSON], jobs will go in three towns."))
                .containsExactly(Quote.Kind.INDIRECT + ": The plant will close next spring ← Acme Steel",
                        Quote.Kind.INDIRECT + ": jobs will go in three towns ← Ana Silva");
    }

    @Test
    void the_cue_of_a_quotation_cut_off_by_the_sentence_splitter_is_no_reported_speech() {
        assertThat(render("Ms [Ana Silva|PERSON] and Mr [Ken Mori|PERSON] took the stage. "
                + "\u201cWe will win!\u201d she said during the long rally in the city."))
                .containsExactly(Quote.Kind.DIRECT + ": We will win! ← Ana Silva");
    }
}
