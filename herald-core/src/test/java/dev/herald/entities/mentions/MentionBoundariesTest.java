package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.TestArticles;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.herald.entities.TestArticles.mentions;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

/** Where names begin and end, as {@link NerCorrector} sets it through {@link MentionBoundaries}. */
class MentionBoundariesTest {
    private final NerCorrector corrector = new NerCorrector(Gazetteer.builtIn());

    private String[] corrected(String markup) {
        return mentions(corrector.apply(tagged(markup))).toArray(String[]::new);
    }

    @Test
    void nickname_in_quotation_marks_belongs_to_the_persons_name() {
        assertThat(corrected("The crowd rose for [Tomas|PER] \" [Iron Fist|ORG] \" [Belaunde|PER] on Friday."))
                .containsExactly("Tomas \" Iron Fist \" Belaunde/PERSON");
    }

    @Test
    void name_in_brackets_between_a_persons_names_belongs_to_it() {
        assertThat(corrected("The estate went to [Maria Luisa|PER] ( [Lula) Ferreira|PER] last year."))
                .containsExactly("Maria Luisa ( Lula) Ferreira/PERSON");
    }

    @Test
    void first_name_in_brackets_takes_its_opening_bracket() {
        assertThat(corrected("He watched ([Ray) Okafor|PER] pitch every night."))
                .containsExactly("(Ray) Okafor/PERSON");
    }

    @Test
    void unclosed_bracket_separates_two_names() {
        assertThat(corrected("Fighters of [Vanguardia (Party of Labour|ORG]) attacked a post."))
                .containsExactly("Vanguardia/ORGANIZATION", "Party of Labour/ORGANIZATION");
    }

    @Test
    void title_in_quotation_marks_is_one_work() {
        assertThat(corrected("She starred in \" [Winter|LOC] of the Long Night \" last year."))
                .containsExactly("Winter of the Long Night/OTHER");
    }

    @Test
    void quoted_speech_is_no_title() {
        assertThat(corrected("\" We will beat [Hollis|PER] again , \" the coach said."))
                .containsExactly("Hollis/PERSON");
    }

    @Test
    void or_separates_two_names() {
        assertThat(corrected("A rival may bid for [Halvorsen or Brightwater|ORG] soon."))
                .containsExactly("Halvorsen/ORGANIZATION", "Brightwater/ORGANIZATION");
    }

    @Test
    void and_separates_names_the_article_uses_alone() {
        assertThat(corrected("[Norland Bank Corp|ORG] rose. [Norland Bank and Carrow Mutual|ORG] declined to comment. "
                + "Shares in [Carrow Mutual|ORG] fell."))
                .containsExactly("Norland Bank Corp/ORGANIZATION", "Norland Bank/ORGANIZATION", "Carrow Mutual/ORGANIZATION",
                        "Carrow Mutual/ORGANIZATION");
    }

    @Test
    void and_inside_a_company_name_stays() {
        assertThat(corrected("[Pickford and Dunmore|ORG] said profits rose. Pickford shares fell."))
                .containsExactly("Pickford and Dunmore/ORGANIZATION");
    }

    @Test
    void name_repeated_whole_is_no_evidence_for_its_parts() {
        assertThat(corrected("[Hopes and Fears|MISC] sold well. Fans loved [Hopes and Fears|MISC] too."))
                .containsExactly("Hopes and Fears/OTHER", "Hopes and Fears/OTHER");
    }

    @Test
    void acronym_before_a_place_names_a_branch() {
        assertThat(corrected("He runs [GM Europe|ORG] now. [GM|ORG] shares rose."))
                .containsExactly("GM Europe/ORGANIZATION", "GM/ORGANIZATION");
    }

    @Test
    void known_place_beside_an_acronym_used_alone_is_a_place_and_a_body() {
        assertThat(corrected("Bonds fell after the [Chicago TRBA|ORG] report. The [TRBA|ORG] said volumes rose."))
                .containsExactly("Chicago/LOCATION", "TRBA/ORGANIZATION", "TRBA/ORGANIZATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        [Shares of Dorrit & Lomax Co|ORG] rose 5 percent.                => Dorrit & Lomax Co/ORGANIZATION
        [In Tallahassee|ORG] , officials said nothing.                    => Tallahassee/LOCATION
        [At Meridian Holdings|ORG] the mood was calm.                     => Meridian Holdings/ORGANIZATION
        The [August Federation of Mill Owners|ORG] report was late.       => Federation of Mill Owners/ORGANIZATION
        The prayer was led by [Cardinal Ostrowski|PER] on Sunday.         => Ostrowski/PERSON
        The visit by [King Charles|PER] ended on Monday.                  => Charles/PERSON
        It was backed by [Lord Privy Seal Lord Hallam|PER] in the debate.  => Lord Hallam/PERSON
        [Northern Iraq|LOC] has been calm for a week.                     => Iraq/LOCATION
        Voters in [Northern Ireland|LOC] went to the polls.               => Northern Ireland/LOCATION
        It was a relic of the [bloody 1966-76 Cultural Upheaval|MISC] .   => 1966-76 Cultural Upheaval/OTHER
        He joined the [1979 Harbour Wall|ORG] movement.                   => Harbour Wall/ORGANIZATION
        Traders sold [Corvina GDRs|ORG] on Monday.                        => Corvina/ORGANIZATION
        The [13th Amendment|MISC] was cited.                             => 13th Amendment/OTHER
        They won the [three - Test|MISC] series.                          => three - Test/OTHER
        He thanked the [backbench rebels|MISC] .                          => backbench rebels/OTHER
        [Earlier Quay Alliance|ORG] leaders met in the port.             => Quay Alliance/ORGANIZATION
        The seat went to [Tory Edmund Varley|PER] in 1904.                => Edmund Varley/PERSON
        The motion was tabled by [Alma Dorrell MP|PER] on Monday.         => Alma Dorrell/PERSON
        [Varnholt|ORG] sales fell as the [euro|ORG] rose.                 => Varnholt/ORGANIZATION
        """)
    void words_at_the_edges_that_are_not_part_of_the_name_are_dropped(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        He told The [Sunday Telegraph|ORG] about it.           => The Sunday Telegraph/ORGANIZATION
        The [Netherlands|LOC] drew with the visitors.        => The Netherlands/LOCATION
        Exports from the [Netherlands|LOC] rose.               => Netherlands/LOCATION
        The [BBC|ORG] said it would appeal.                    => BBC/ORGANIZATION
        The [Holland|LOC] captain scored twice.                => Holland/LOCATION
        The [Kremlin|ORG] said no.                             => Kremlin/ORGANIZATION
        The West [Indian|MISC] batsman scored a century.       => West Indian/OTHER
        He leads the Greater [Tamworth Open|MISC] by a shot.   => Greater Tamworth Open/OTHER
        A try from Van der [Merwe|MISC] sealed it.             => Van der Merwe/PERSON
        El [Mahdi Rahal|PER] won the race.                     => El Mahdi Rahal/PERSON
        [Louis|PER] XIV built the palace.                      => Louis XIV/PERSON
        The country mourned King [Baudouin|PER] I in 1993.     => Baudouin I/PERSON
        Traffic jammed Interstate 80 near the city.            => Interstate 80/LOCATION
        He grew up in [Santiago|LOC] de [Cuba|LOC] .           => Santiago de Cuba/LOCATION
        """)
    void words_next_to_the_name_that_are_part_of_it_are_taken_in(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void pronoun_i_before_a_verb_is_no_rulers_number() {
        Article a = tagged("Without [Gerrard|PER] I was lost.");
        List<Token> tokens = a.get(Layer.TOKENS).stream().map(t -> t.word().equals("was")
                ? new Token(t.span(), t.word(), t.lemma(), "VBD", t.ner(), t.sentence()) : t).toList();
        assertThat(mentions(corrector.apply(a.with(Layer.TOKENS, tokens)))).containsExactly("Gerrard/PERSON");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        It is run by the [Commission|ORG] on Judicial Appointments , a panel.  => Commission on Judicial Appointments/ORGANIZATION
        The [Commission|ORG] on Friday said no.                                => Commission/ORGANIZATION
        They debated at [Carrow University|ORG] on [Long Island|LOC] .         => Carrow University/ORGANIZATION, Long Island/LOCATION
        Police closed [Tamale|LOC] University last week.                       => Tamale University/ORGANIZATION
        """)
    void body_names_cut_short_are_completed(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected.split(", "));
    }

    @Test
    void possessive_before_a_title_ends_a_bodys_name() {
        assertThat(corrected("He was the [Harbour Board 's Director of Works|ORG] until May."))
                .containsExactly("Harbour Board/ORGANIZATION");
    }

    @Test
    void name_used_alone_of_a_known_place_is_a_name_and_a_place() {
        assertThat(corrected("[Veltra|ORG] won again. He joined [Veltra of Chicago|ORG] in May."))
                .containsExactly("Veltra/ORGANIZATION", "Veltra/ORGANIZATION", "Chicago/LOCATION");
    }

    @Test
    void body_head_or_title_before_of_keeps_the_whole_name() {
        assertThat(corrected("The [Bank|ORG] cut rates. The [Bank of Chicago|ORG] followed."))
                .containsExactly("Bank/ORGANIZATION", "Bank of Chicago/ORGANIZATION");
    }

    @Test
    void known_body_run_on_into_a_person_tagged_alone_is_a_body_and_a_person() {
        assertThat(corrected("The Speaker of the [Bundestag Kessler|ORG] spoke first. [Kessler|PER] said no."))
                .containsExactly("Bundestag/ORGANIZATION", "Kessler/PERSON", "Kessler/PERSON");
    }

    @Test
    void another_body_after_and_ends_a_bodys_name() {
        assertThat(corrected("The suit was filed by the [Tenants Union|ORG] of [Ohio|LOC] and [Demos|ORG] ."))
                .containsExactly("Tenants Union of Ohio/ORGANIZATION", "Demos/ORGANIZATION");
    }

    @Test
    void place_used_as_a_first_name_does_not_split_a_person() {
        assertThat(corrected("A pass from [Milan Baros|ORG] set it up. [Baros|PER] scored later."))
                .containsExactly("Milan Baros/ORGANIZATION", "Baros/PERSON");
    }

    @Test
    void possessive_before_of_keeps_the_whole_name() {
        assertThat(corrected("[Lloyd 's|ORG] rose. The head of [Lloyd 's of London|ORG] spoke."))
                .containsExactly("Lloyd 's/ORGANIZATION", "Lloyd 's of London/ORGANIZATION");
    }

    @Test
    void known_outlet_in_quotation_marks_keeps_its_type() {
        assertThat(corrected("As \" The [Daily Telegraph|ORG] \" wrote , it was over."))
                .containsExactly("The Daily Telegraph/ORGANIZATION");
    }

    @Test
    void acronym_in_brackets_widens_the_name_to_its_letters() {
        assertThat(corrected("Troops of the [U.N. Observer Force|ORG] in [Cyprus|LOC] ( UNOFC ) left."))
                .containsExactly("U.N. Observer Force in Cyprus/ORGANIZATION");
    }

    @Test
    void acronym_makes_a_body_of_parts_ner_typed_apart() {
        assertThat(corrected("Figures from the [World Fishing|MISC] and [Boating Council|ORG] ( WFBC ) rose."))
                .containsExactly("World Fishing and Boating Council/ORGANIZATION");
    }

    @Test
    void possessive_inside_a_body_name_stands_for_the_body_alone() {
        assertThat(corrected("[Ferrand 's Bancorp Inc|ORG] agreed to the deal. [Ferrand|PER] 's was the prize."))
                .containsExactly("Ferrand 's Bancorp Inc/ORGANIZATION", "Ferrand 's/ORGANIZATION");
    }

    @Test
    void possessive_of_a_body_named_without_one_stays_outside() {
        assertThat(corrected("The [Bank 's Rates Committee|ORG] met. The [Bank|ORG] 's minutes were read."))
                .containsExactly("Bank 's Rates Committee/ORGANIZATION", "Bank/ORGANIZATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Rain stopped play at [Lord|LOC] 's on Friday.   => Lord 's/LOCATION
        Queen 's [Park|ORG] lost 2-1 at home.            => Queen 's Park/ORGANIZATION
        """)
    void possessive_head_takes_the_possessive_into_the_name(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }
}
