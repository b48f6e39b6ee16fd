package dev.herald.entities.types;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.TestArticles;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.herald.entities.TestArticles.mentions;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class TypeEvidenceTest {
    private final NerCorrector corrector = new NerCorrector(Gazetteer.builtIn());

    private java.util.List<String> corrected(String markup) {
        return mentions(corrector.apply(tagged(markup)));
    }

    @Test
    void country_taken_for_a_body_is_the_country() {
        assertThat(corrected("Talks with [Portugal|ORG] resumed on Tuesday."))
                .containsExactly("Portugal/LOCATION");
    }

    @Test
    void nationality_taken_for_a_place_is_other() {
        assertThat(corrected("Thousands of [Brazilians|LOC] queued at the border."))
                .containsExactly("Brazilians/OTHER");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        [Halvorsen Pharmaceuticals|PER] said profits rose.       => Halvorsen Pharmaceuticals/ORGANIZATION
        The deal was led by [Tamsin Brothers|PER] on Monday.      => Tamsin Brothers/ORGANIZATION
        Fans cheered as [Dunmore United|LOC] took the field.      => Dunmore United/ORGANIZATION
        """)
    void name_ending_in_an_organisation_word_is_a_body(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void place_whose_last_words_are_a_known_place_keeps_its_type() {
        assertThat(corrected("Settlers moved to the [Upper West Bank|LOC] last year."))
                .containsExactly("Upper West Bank/LOCATION");
    }

    @Test
    void company_named_without_its_legal_form_is_still_the_company() {
        String text = "[Tarnby Optics Corp|ORG] said on Monday it would cut jobs. "
                + "Shares in [Tarnby Optics|PER] fell five percent.";
        assertThat(corrected(text)).containsExactly("Tarnby Optics Corp/ORGANIZATION", "Tarnby Optics/ORGANIZATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        She won the [Kelso Open|ORG] last year.                   => Kelso Open/OTHER
        Crowds gathered for the [Harwich Film Festival|LOC].      => Harwich Film Festival/OTHER
        The [Treaty of Valmont|ORG] ended the war.                => Treaty of Valmont/OTHER
        Aid came under the [Halvorsen Plan|PER] after the war.    => Halvorsen Plan/OTHER
        """)
    void competitions_events_and_treaties_are_other(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void town_that_plays_is_its_club_throughout_a_sports_report_but_not_after_in() {
        String text = "[Halworth|LOC] beat [Crenshaw Rovers|ORG] 2-1 in the league on Saturday. "
                + "The winning goal came from [Halworth|LOC] striker [Dan Pettifer|PER] before half-time. "
                + "Supporters in [Halworth|LOC] celebrated the match.";
        assertThat(corrected(text)).containsExactly("Halworth/ORGANIZATION", "Crenshaw Rovers/ORGANIZATION",
                "Halworth/ORGANIZATION", "Dan Pettifer/PERSON", "Halworth/LOCATION");
    }

    @Test
    void county_taken_for_a_body_is_the_county_outside_a_sports_report_and_its_club_in_one() {
        assertThat(corrected("Riders gathered in a part of [Wexhamshire|ORG] on Saturday."))
                .containsExactly("Wexhamshire/LOCATION");
        String match = "[Wexhamshire|ORG] beat [Crenshaw Rovers|ORG] by six wickets in the league on Saturday. "
                + "The winning runs came from [Dan Pettifer|PER] in the match.";
        assertThat(corrected(match)).startsWith("Wexhamshire/ORGANIZATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        She tours [Swansea|ORG], [Bristol|ORG], [Exeter|LOC] and [Plymouth|ORG] this week.  => Swansea/LOCATION, Bristol/LOCATION, Exeter/LOCATION, Plymouth/LOCATION
        Fans of [Swansea|ORG], [Bristol|ORG] and [Plymouth|ORG] queued for tickets.         => Swansea/ORGANIZATION, Bristol/ORGANIZATION, Plymouth/ORGANIZATION
        [Barclays|ORG] and [Exeter|LOC] agreed a lease.                                     => Barclays/ORGANIZATION, Exeter/LOCATION
        Talks between the [US|LOC] and [EU|ORG] resumed.                                    => US/LOCATION, EU/ORGANIZATION
        """)
    void known_town_listed_with_a_place_outside_a_sports_report_is_a_place(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected.split(", "));
    }

    @Test
    void town_that_beats_something_outside_a_sports_report_stays_a_place() {
        assertThat(corrected("[Halworth|LOC] beat its own record for rainfall on Saturday."))
                .containsExactly("Halworth/LOCATION");
    }

    @Test
    void words_common_outside_sport_do_not_make_a_sports_report() {
        String text = "[Halworth|LOC] beat forecasts this season , the fund manager said after the final "
                + "results , and the coach firm met its goal.";
        assertThat(corrected(text)).containsExactly("Halworth/LOCATION");
    }

    @Test
    void country_and_home_nation_that_play_stay_places() {
        String text = "[Portugal|LOC] beat [England|LOC] 2-0 in the match. The goal came from a penalty "
                + "in the league game.";
        assertThat(corrected(text)).containsExactly("Portugal/LOCATION", "England/LOCATION");
    }

    @Test
    void town_with_a_player_of_its_own_is_its_club() {
        String text = "The coach praised [Dan Pettifer|PER] of [Halworth|LOC] after the match. "
                + "[Halworth|LOC] 's [Ed Crane|PER] scored the second goal in the league game.";
        assertThat(corrected(text)).containsExactly("Dan Pettifer/PERSON", "Halworth/ORGANIZATION",
                "Halworth/ORGANIZATION", "Ed Crane/PERSON");
    }

    @Test
    void towns_in_a_result_line_are_clubs() {
        String text = "Results of league matches on Saturday , goals and penalties included :\n\n"
                + "[Halworth|LOC] 3 [Crenshaw|LOC] 1\n\n";
        assertThat(corrected(text)).containsExactly("Halworth/ORGANIZATION", "Crenshaw/ORGANIZATION");
    }

    @Test
    void club_after_a_club_noun_is_a_body_even_where_tagged_a_person() {
        String text = "The late goal gave champions [Brackley|PER] the league title after a tense match. "
                + "[Brackley|PER] now lead the division.";
        assertThat(corrected(text)).containsExactly("Brackley/ORGANIZATION", "Brackley/ORGANIZATION");
    }

    @Test
    void town_listed_beside_a_club_is_a_club() {
        String text = "There were wins in the league for [Crenshaw Rovers|ORG] and [Halworth|LOC] , "
                + "whose goal came late in the match.";
        assertThat(corrected(text)).containsExactly("Crenshaw Rovers/ORGANIZATION", "Halworth/ORGANIZATION");
    }

    @Test
    void sentence_opening_in_a_town_in_a_sports_report_is_set_in_the_place() {
        String text = "In [Halworth|ORG] , the pitcher threw seven innings as the home team won the match "
                + "in the league.";
        assertThat(corrected(text)).containsExactly("Halworth/LOCATION");
    }

    @Test
    void first_word_of_a_club_standing_alone_is_the_club_not_a_person() {
        String text = "[Estrela Lumiar|ORG] signed a new goalkeeper on Friday. [Estrela|PER] paid a record fee.";
        assertThat(corrected(text)).containsExactly("Estrela Lumiar/ORGANIZATION", "Estrela/ORGANIZATION");
    }

    @Test
    void first_word_of_a_body_that_is_also_a_surname_stays_a_person() {
        String text = "[Estrela Lumiar|ORG] signed [Rui Estrela|PER] on Friday. [Estrela|PER] said he was happy.";
        assertThat(corrected(text)).containsExactly("Estrela Lumiar/ORGANIZATION", "Rui Estrela/PERSON",
                "Estrela/PERSON");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        The [Duke of Harwich|ORG] opened the hall.                => Duke of Harwich/PERSON
        The service was led by the Archbishop of [Dunmere|ORG].   => Archbishop of Dunmere/PERSON
        The [Bank of Harwich|ORG] opened the hall.                => Bank of Harwich/ORGANIZATION
        """)
    void peer_or_prelate_named_by_a_title_of_a_place_is_a_person(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void name_followed_by_an_age_is_a_person_throughout() {
        String text = "[Okonjo|ORG] , 31 , was arrested on Monday. Police said [Okonjo|ORG] would appear in court.";
        assertThat(corrected(text)).containsExactly("Okonjo/PERSON", "Okonjo/PERSON");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        [Glenn Harwick|ORG] reported from the scene.              => Glenn Harwick/PERSON
        Planes landed at [Glenn Harwick|LOC] airport on time.    => Glenn Harwick/LOCATION
        [Glenn Harwick Foundation|ORG] gave money.                => Glenn Harwick Foundation/ORGANIZATION
        Fans cheered [Ross County|ORG] on Saturday.              => Ross County/ORGANIZATION
        """)
    void name_starting_with_a_given_name_is_a_person_unless_a_body_or_place(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void name_right_before_a_competition_word_becomes_the_event() {
        assertThat(corrected("She ran in the [Harwich|LOC] Marathon last spring."))
                .containsExactly("Harwich Marathon/OTHER");
        assertThat(corrected("He won gold at the [Lisle|LOC] [Olympics|MISC] that summer."))
                .containsExactly("Lisle Olympics/OTHER");
    }

    @Test
    void country_of_two_words_taken_for_a_person_is_the_country() {
        assertThat(corrected("He will fight [Puerto Rico|PER] 's champion next year."))
                .containsExactly("Puerto Rico/LOCATION");
    }

    @Test
    void name_after_city_of_is_a_place_throughout_with_the_names_listed_after_it() {
        String text = "Police searched the northern city of [Lisle|ORG] and [Dura|PER] on Friday. "
                + "Residents of [Lisle|ORG] were told to stay at home.";
        assertThat(corrected(text)).containsExactly("Lisle/LOCATION", "Dura/LOCATION", "Lisle/LOCATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Shells fell on [Dura|MISC] refugee camp overnight.       => Dura/LOCATION
        Troops stopped him at the [al-Kadr|MISC] checkpoint.      => al-Kadr/LOCATION
        Fire gutted a shop in a [Kurdish|MISC] village.           => Kurdish/OTHER
        Fire gutted a shop in a [Zorvan|MISC] village.            => Zorvan/OTHER
        """)
    void name_before_a_place_noun_is_a_place_unless_it_describes_it(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void town_of_a_dateline_is_a_place() {
        String text = "[LISLE|ORG] , [Ruritania|LOC] , May 1 ( Reuters ) - The talks ended on Friday.";
        assertThat(corrected(text)).startsWith("LISLE/LOCATION", "Ruritania/LOCATION");
        assertThat(corrected("[LISLE|ORG] ( Reuters ) - The talks ended on Friday."))
                .startsWith("LISLE/LOCATION");
        assertThat(corrected("[LISLE|LOC] , [Wexmoor|ORG] , May 1 ( Reuters ) - The talks ended on Friday."))
                .startsWith("LISLE/LOCATION", "Wexmoor/LOCATION");
    }

    @Test
    void month_of_a_dateline_is_read_from_the_lexicon_passed_in() {
        String text = "[LISLE|ORG] Sept 3 ( Reuters ) - The talks ended on Friday.";
        assertThat(corrected(text)).startsWith("LISLE/LOCATION");
        NerCorrector withoutSeptember = new NerCorrector(Gazetteer.builtIn(),
                Lexicon.parse("test.txt", List.of("month 9: September")), EntityWords.bundled());
        assertThat(mentions(withoutSeptember.apply(tagged(text)))).startsWith("LISLE/ORGANIZATION");
    }

    @Test
    void organisation_suffixes_are_read_from_the_word_lists_passed_in() {
        String text = "[Halvorsen Pharmaceuticals|PER] said profits rose.";
        assertThat(corrected(text)).containsExactly("Halvorsen Pharmaceuticals/ORGANIZATION");
        EntityWords b = EntityWords.bundled();
        EntityWords withoutSuffixes = new EntityWords(b.givenNames(), b.statelessNames(), java.util.Set.of(), b.languages(), b.competitions(),
                b.eventFirstWords(), b.placeNounsAfter(), b.placeNounsBefore(), b.vesselPrefixes(), b.vesselWords(),
                b.sportsWords(), b.weakSportsWords(), b.squadWords(), b.resultVerbs(), b.resultBefore(), b.clubNouns(),
                b.boundaries());
        NerCorrector plain = new NerCorrector(Gazetteer.builtIn(), Lexicon.bundled(), withoutSuffixes);
        assertThat(mentions(plain.apply(tagged(text)))).containsExactly("Halvorsen Pharmaceuticals/PERSON");
    }

    @Test
    void ship_is_other_wherever_it_is_named() {
        String text = "Jets flew from the aircraft carrier [Resolute|ORG] on Monday. "
                + "The [Resolute|ORG] later sailed north. The liner [RMS Albion|ORG] was refitted.";
        assertThat(corrected(text)).containsExactly("Resolute/OTHER", "Resolute/OTHER", "RMS Albion/OTHER");
    }

    @Test
    void competitor_with_a_country_in_a_ranked_results_line_is_a_person() {
        String text = "Results of the 1,500 metres final at the athletics meeting on Friday :\n\n"
                + "1. [Tomasz Wirek|ORG] ( [Poland|LOC] ) 3:35.40\n\n";
        assertThat(corrected(text)).containsExactly("Tomasz Wirek/PERSON", "Poland/LOCATION");
    }

    @Test
    void company_named_after_a_person_stays_a_company() {
        assertThat(corrected("Shares in [Philip Morris|ORG] rose on Monday."))
                .containsExactly("Philip Morris/ORGANIZATION");
        assertThat(corrected("[Glenn Harwick|ORG] shares rose on Monday."))
                .containsExactly("Glenn Harwick/ORGANIZATION");
    }

    @Test
    void body_name_alone_in_quotation_marks_is_a_title() {
        assertThat(corrected("He is best known for \" [Viva Lisle|ORG] \" and other films."))
                .containsExactly("Viva Lisle/OTHER");
        assertThat(corrected("The [Lisle Council|ORG] met on Monday."))
                .containsExactly("Lisle Council/ORGANIZATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Brokers expect [Portugal Lamps|LOC] to rise.              => Portugal Lamps/ORGANIZATION
        Brokers expect [Atlas Portugal|LOC] to rise.              => Atlas Portugal/ORGANIZATION
        Storms hit [Northern Portugal|LOC] on Monday.             => Portugal/LOCATION
        """)
    void country_name_with_a_word_that_makes_no_place_of_it_is_a_company(String text, String expected) {
        assertThat(corrected(text)).containsExactly(expected);
    }

    @Test
    void landmark_taken_for_a_body_is_a_place() {
        assertThat(corrected("Crowds filled [Harwick Square|ORG] on Sunday."))
                .containsExactly("Harwick Square/LOCATION");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        The guard shouted at him in [Hebrew|LOC] .                => Hebrew/OTHER
        The firm is based in the central [Moravian|LOC] town of Zlin. => Moravian/OTHER
        """)
    void language_and_adjective_of_a_place_are_other(String text, String expected) {
        assertThat(corrected(text)).startsWith(expected);
    }
}
