package dev.herald.entities;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.Article;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Span;
import dev.herald.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.herald.entities.TestArticles.mentions;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class NerCorrectorTest {
    private final NerCorrector corrector = new NerCorrector(Gazetteer.builtIn());

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        The talks went on while Mr Okonkwo waited outside.        => Mr Okonkwo/PERSON
        Later, Ms [Haverford|ORG] said nothing.                   => Ms Haverford/PERSON
        Dr Anna Pelling led the study.                            => Dr Anna Pelling/PERSON
        The bill was backed by Lord Farnham in the debate.        => Lord Farnham/PERSON
        """)
    void honorific_makes_a_person(String text, String expected) {
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Aid was late, said [Jane Doe of Oxfam|ORG] on Monday.          => Jane Doe/PERSON, Oxfam/ORGANIZATION
        Aid was late, said [Peter Marsh of the Harbour Trust|PER].     => Peter Marsh/PERSON, Harbour Trust/ORGANIZATION
        The [Duke of York|PER] opened the hall.                        => Duke of York/PERSON
        Rates were set by the [Bank of England|ORG].                   => Bank of England/ORGANIZATION
        The [Leeds Labour|ORG] group backed it.                        => Leeds/LOCATION, Labour/ORGANIZATION
        """)
    void names_run_together_are_taken_apart(String text, String expected) {
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly(expected.split(", "));
    }

    @Test
    void name_tagged_person_once_is_a_person_throughout() {
        String text = "[Marta Quillan|PER] arrived on Monday. Officials said [Quillan|ORG] would speak. "
                + "Reporters waited for Quillan to finish.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("Marta Quillan/PERSON", "Quillan/PERSON", "Quillan/PERSON");
    }

    @Test
    void misspelled_place_after_a_preposition_is_that_place_everywhere() {
        String text = "Talks were held between [Kiyv|PER] and [Moscow|LOC] on Monday. "
                + "Officials said [Kiyv|PER] is demanding a full withdrawal.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("Kiyv/LOCATION", "Moscow/LOCATION", "Kiyv/LOCATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        The fight was won by [Duran|PER] in the end.                        => Duran/PERSON
        The four men were freed from [Fort Delwick|LOC] in March last year. => Fort Delwick/LOCATION
        """)
    void word_near_a_place_name_outside_a_place_context_or_a_month_is_no_place(String text, String expected) {
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly(expected);
    }

    @Test
    void all_caps_headline_words_are_found_without_case() {
        String text = "UKRAINE AND POLAND SIGN GRAIN DEAL\n\n[Poland|LOC] and [Ukraine|LOC] agreed on Tuesday.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("UKRAINE/LOCATION", "POLAND/LOCATION", "Poland/LOCATION", "Ukraine/LOCATION");
    }

    @Test
    void demonym_is_other_not_a_place() {
        String text = "The Ukrainian delegation met French officials.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Ukrainian/OTHER", "French/OTHER");
    }

    @Test
    void metonym_tagged_as_a_place_becomes_a_body() {
        String text = "The [Kremlin|LOC] rejected the offer, and [Downing Street|LOC] said little.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("Kremlin/ORGANIZATION", "Downing Street/ORGANIZATION");
    }

    @Test
    void known_body_replaces_a_longer_ner_name_made_of_it_and_a_role() {
        String text = "A [Labour MP|ORG] spoke first.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Labour/ORGANIZATION");
    }

    @Test
    void known_place_taken_for_a_club_after_in_is_a_place() {
        String text = "Pickets gathered in [Cardiff|ORG] on Friday.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Cardiff/LOCATION");
    }

    @Test
    void epithet_after_a_person_is_part_of_the_name() {
        String text = "He wrote a life of [Henry Marsh|PER] the Elder last year.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Henry Marsh the Elder/PERSON");
    }

    @Test
    void lower_case_committee_of_a_house_is_a_body() {
        String text = "The chairman of the [Commons|ORG] transport select committee spoke.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("Commons transport select committee/ORGANIZATION");
    }

    @Test
    void lower_case_assembly_is_a_body_only_where_the_article_names_a_devolved_body() {
        String devolved = "The [Welsh Assembly Government|ORG] spoke. Members of the assembly met in the Welsh assembly.";
        assertThat(mentions(corrector.apply(tagged(devolved)))).containsExactly(
                "Welsh Assembly Government/ORGANIZATION", "assembly/ORGANIZATION", "Welsh assembly/ORGANIZATION");
        String elsewhere = "Members of the assembly met in [Geneva|LOC].";
        assertThat(mentions(corrector.apply(tagged(elsewhere)))).containsExactly("Geneva/LOCATION");
    }

    @Test
    void known_body_inside_an_ex_prefix_token_is_a_mention() {
        Article a = tagged("ExxBBC host Ann Jolly spoke.");
        List<Token> tokens = new java.util.ArrayList<>(a.get(Layer.TOKENS));
        String text = "Ex-BBC host Ann Jolly spoke.";
        Token first = tokens.get(0);
        tokens.set(0, new Token(first.span(), "Ex-BBC", "Ex-BBC", first.pos(), first.ner(), first.sentence()));
        Article ex = Article.of(a.source(), a.metadata(), text, List.of(), List.of())
                .with(Layer.TOKENS, tokens).with(Layer.SENTENCES, a.get(Layer.SENTENCES))
                .with(Layer.MENTIONS, List.of(new Mention(new Span(12, 21), "Ann Jolly", EntityType.PERSON,
                        Mention.Kind.NAME)));
        assertThat(mentions(corrector.apply(ex))).containsExactly("BBC/ORGANIZATION", "Ann Jolly/PERSON");
    }
}
