package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedSpeechFinderTest {
    private final ReportedSpeechFinder finder = new ReportedSpeechFinder(Lexicon.english());

    private List<String> render(String text) {
        return render(finder.apply(TestArticles.quoted(text)));
    }

    /** Renders {@code text} with its words tagged from {@code tags} (NN where not given). */
    private List<String> renderTagged(String text, Map<String, String> tags) {
        return render(finder.apply(TestArticles.quoted(text, tags)));
    }

    private static List<String> render(Article a) {
        return a.get(Layer.QUOTES).stream()
                .map(q -> q.kind() + ": " + q.span().of(a.text()) + " ← " + q.speaker().map(s -> s.name()).orElse("?"))
                .toList();
    }

    @Test
    void said_that_gives_the_rest_of_the_sentence() {
        assertThat(render("Ms [Liz Truss|PERSON] has warned that any deal must have the consent of the people."))
                .containsExactly(Quote.Kind.INDIRECT + ": that any deal must have the consent of the people ← Liz Truss");
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
    void the_cue_of_a_direct_quote_reports_nothing_more() {
        assertThat(render("[Ana Silva|PERSON] said: \"We will win the vote next week.\""))
                .containsExactly(Quote.Kind.DIRECT + ": We will win the vote next week. ← Ana Silva");
    }

    /**
     * A sentence with a direct quotation: the quotation's own cue is left to it, the other cues of the
     * sentence report the words around it, clear of the quotation and its clause.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
        "We will win," [Ana Silva|PERSON] said, but [Ken Mori|PERSON] said the plan had failed for good.  # We will win, ← Ana Silva # the plan had failed for good ← Ken Mori
        [Ken Mori|PERSON] said the plan had failed for good, but [Ana Silva|PERSON] said: "We will win."  # We will win. ← Ana Silva # the plan had failed for good ← Ken Mori
        """)
    void the_other_cues_of_a_sentence_with_a_direct_quote_are_read(String text, String direct, String indirect) {
        assertThat(render(text)).containsExactlyInAnyOrder(Quote.Kind.DIRECT + ": " + direct,
                Quote.Kind.INDIRECT + ": " + indirect);
    }

    /**
     * Two cues in one sentence: what the first reports ends where the second's clause opens after a comma
     * or a conjunction, the second verb of one subject being the same speaker's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
        [Ana Silva|PERSON] said the budget would balance next year, while [Ken Mori|PERSON] argued that taxes must rise.  # the budget would balance next year ← Ana Silva # that taxes must rise ← Ken Mori
        [Ana Silva|PERSON] said the budget would balance next year and added that taxes would not rise.  # the budget would balance next year ← Ana Silva # that taxes would not rise ← Ana Silva
        """)
    void each_cue_of_a_sentence_reports_its_own_words(String text, String first, String second) {
        assertThat(render(text)).containsExactly(Quote.Kind.INDIRECT + ": " + first, Quote.Kind.INDIRECT + ": " + second);
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

    @Test
    void a_common_noun_before_the_cue_is_an_unnamed_source() {
        assertThat(renderTagged("His lawyer said he would not answer any questions.", Map.of("His", "PRP$",
                "said", "VBD", "he", "PRP", "would", "MD", "not", "RB", "answer", "VB", "any", "DT", "questions", "NNS")))
                .containsExactly(Quote.Kind.INDIRECT + ": he would not answer any questions ← lawyer");
    }

    @Test
    void a_noun_after_a_preposition_belongs_to_the_subject_before_it() {
        assertThat(renderTagged("Experts on urban planning said the plan could change the debate.", Map.of(
                "Experts", "NNS", "on", "IN", "urban", "JJ", "said", "VBD", "the", "DT", "could", "MD", "change", "VB")))
                .containsExactly(Quote.Kind.INDIRECT + ": the plan could change the debate ← Experts");
    }

    @Test
    void a_cue_set_off_by_commas_gives_both_parts_of_what_was_said() {
        assertThat(render("The plan, [John Harmon|PERSON] said, would make residents pay far more for water."))
                .containsExactly(Quote.Kind.INDIRECT + ": The plan ← John Harmon",
                        Quote.Kind.INDIRECT + ": would make residents pay far more for water ← John Harmon");
    }

    /**
     * An aside between the speaker and the cue, a pronoun after it that opens what was said, a determiner
     * before the speaker, a second verb of the sentence's subject; verbs of stated positions beyond
     * speech (accusing, demanding, criticising, wanting, declining) report what follows them; a share of a group ("four in 10", "most
     * of the workers") speaks as polls report it; "told" reports
     * the clause after the one told; a name and a colon open a headline's or a transcript's words; an opening
     * adverbial before the subject's comma, and what stands before the comma of a verb that is no speech
     * verb, are not what was said.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
        [John Harmon|PERSON], speaking to a veterans group, said he would order a review of the accounts. # he would order a review of the accounts ← John Harmon
        [Ana Silva|PERSON], a lawyer for the town, said [Ken Mori|PERSON] and the council had been careful.  # Ken Mori and the council had been careful ← Ana Silva
        The road works have met every standard of the state, one official said.                          # The road works have met every standard of the state ← official
        [John Harmon|PERSON] met the families of the victims on Thursday and said the city must act now.   # the city must act now ← John Harmon
        [Ana Silva|PERSON] accused the council of wasting the money set aside for new schools.             # the council of wasting the money set aside for new schools ← Ana Silva
        [Ken Mori|PERSON] demanded a tax on every flight out of the country.                            # a tax on every flight out of the country ← Ken Mori
        [Acme Steel|ORGANIZATION] criticised the plan to close the old plant before the end of the year.   # the plan to close the old plant before the end of the year ← Acme Steel
        [Ken Mori|PERSON] wants to cut the tax on every flight out of the country.                        # to cut the tax on every flight out of the country ← Ken Mori
        [Acme Steel|ORGANIZATION] declined to say how many jobs the closure would cost.                   # to say how many jobs the closure would cost ← Acme Steel
        [Ken Mori|PERSON] blamed the council for the long delays at the new bridge.                      # the council for the long delays at the new bridge ← Ken Mori
        [Ana Silva|PERSON] told [Radio Sud|ORGANIZATION] on Monday she would run for the seat again.      # she would run for the seat again ← Ana Silva
        [Ana Silva|PERSON] told reporters she would run for the seat again.                              # she would run for the seat again ← Ana Silva
        [Ana Silva|PERSON]: Party Will Fight the New Map in Court                                        # Party Will Fight the New Map in Court ← Ana Silva
        In the new poll, about four in 10 said they would vote for the plan.                             # they would vote for the plan ← about four in 10
        Most of the workers said they had loved the old plant.                                           # they had loved the old plant ← Most of the workers
        When the vote closed late at night, [Ana Silva|PERSON] declined to answer any more questions.      # to answer any more questions ← Ana Silva
        In the old town hall, [Ana Silva|PERSON] said the plan would cost far more than promised.          # the plan would cost far more than promised ← Ana Silva
        """)
    void the_speaker_is_told_from_what_was_said(String text, String expected) {
        assertThat(render(text)).containsExactly(Quote.Kind.INDIRECT + ": " + expected);
    }

    @Test
    void who_after_a_name_is_the_mention_that_speaks_for_it() {
        Article a = finder.apply(TestArticles.quoted(
                "The council heard from [Ana Silva|PERSON], who said the new bridge would never open on time."));
        assertThat(a.get(Layer.QUOTES)).singleElement().satisfies(q -> {
            assertThat(q.span().of(a.text())).isEqualTo("the new bridge would never open on time");
            assertThat(q.speaker().map(Speaker::name)).contains("Ana Silva");
            assertThat(q.speaker().flatMap(Speaker::mention).map(m -> m.of(a.text()))).contains("who");
        });
    }

    @Test
    void a_partial_quotation_stays_inside_the_reported_speech_that_holds_it() {
        assertThat(render("[John Harmon|PERSON] told reporters that the budget was \u201cdepleted\u201d after the vote."))
                .containsExactly(Quote.Kind.INDIRECT + ": that the budget was \u201cdepleted\u201d after the vote ← John Harmon",
                        Quote.Kind.PARTIAL + ": depleted ← John Harmon");
    }

    @Test
    void according_to_a_source_named_by_description_credits_the_description() {
        assertThat(render("Median income reached a new high in November, according to one research firm."))
                .containsExactly(Quote.Kind.INDIRECT + ": Median income reached a new high in November ← one research firm");
    }

    @Test
    void a_verb_whose_object_is_a_that_clause_states_a_position() {
        assertThat(renderTagged("[Ana Silva|PERSON] came away convinced that the reforms were real.", Map.of("Ana", "NNP",
                "Silva", "NNP", "came", "VBD", "away", "RB", "convinced", "VBN", "that", "IN", "the", "DT", "were", "VBD",
                "real", "JJ")))
                .containsExactly(Quote.Kind.INDIRECT + ": that the reforms were real ← Ana Silva");
        assertThat(renderTagged("The plan was so costly that the reforms stalled.", Map.of("The", "DT", "was", "VBD",
                "so", "RB", "costly", "JJ", "that", "IN", "the", "DT", "stalled", "VBD"))).isEmpty();
    }
}
