package dev.herald.entities;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.types.EntityWords;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class EntityGrouperTest {

    @Test
    void a_compass_word_takes_no_country_where_a_work_in_a_one_country_article_does() {
        var a = analyzed(tagged("A [Western|MISC] diplomat in [Santiago|LOC] praised the [Harbour Lights|MISC] film. "
                + "[Chile|LOC] and [Valparaiso|LOC] cheered."));
        assertThat(entity(a, "Western")).startsWith("Western OTHER - -");
        assertThat(entity(a, "Harbour Lights")).startsWith("Harbour Lights OTHER - CHL");
    }

    @Test
    void other_name_takes_the_country_the_text_states() {
        var a = analyzed(tagged("[Chile|LOC] marked [Chilean|MISC] [Harvest Day|MISC] in [Santiago|LOC]."));
        assertThat(entity(a, "Harvest Day")).startsWith("Harvest Day OTHER - CHL");
    }

    @Test
    void title_before_a_name_tells_which_known_person_is_meant() {
        var a = analyzed(tagged("King [Charles|PER] opened the bridge. [Charles|PER] later left by car."));
        assertThat(entity(a, "King Charles III")).isEqualTo("King Charles III PERSON - GBR: Charles, Charles");
    }

    @Test
    void a_word_before_a_name_that_makes_no_known_name_changes_nothing() {
        var a = analyzed(tagged("Chef [Charles|PER] opened the bridge."));
        assertThat(entity(a, "Charles")).isEqualTo("Charles PERSON - -: Charles");
    }

    @Test
    void surname_and_honorific_forms_join_the_full_name() {
        var a = analyzed(tagged("[Marta Quillan|PER] arrived. Later Ms Quillan said [Quillan|PER] was tired."));
        assertThat(entity(a, "Marta Quillan")).isEqualTo("Marta Quillan PERSON - -: Marta Quillan, Ms Quillan, Quillan");
    }

    @Test
    void country_names_group_by_country() {
        var a = analyzed(tagged("[Britain|LOC] said the [UK|LOC] would act."));
        assertThat(entity(a, "United Kingdom")).isEqualTo("United Kingdom LOCATION COUNTRY GBR: Britain, UK");
    }

    @Test
    void spellings_of_a_known_city_are_one_city() {
        var a = analyzed(tagged("Shelling near [Kyiv|LOC] went on. Talks between [Kiyv|PER] and [Moscow|LOC] stalled."));
        assertThat(entity(a, "Kyiv")).isEqualTo("Kyiv LOCATION CITY UKR: Kyiv, Kiyv");
    }

    @Test
    void metonyms_and_international_bodies_have_their_subtype() {
        var a = analyzed(tagged("The [Kremlin|ORG] warned [NATO|ORG] and the [EU|ORG] before the [G7|MISC] met."));
        assertThat(entity(a, "Kremlin")).isEqualTo("Kremlin ORGANIZATION GOVERNMENT RUS: Kremlin");
        assertThat(entity(a, "NATO")).isEqualTo("NATO ORGANIZATION IGO -: NATO");
        assertThat(entity(a, "European Union")).isEqualTo("European Union ORGANIZATION IGO -: EU");
        assertThat(entity(a, "G7")).isEqualTo("G7 ORGANIZATION IGO -: G7");
    }

    @Test
    void outlet_is_media_with_its_country() {
        var a = analyzed(tagged("A source told [The Times|ORG] that the deal was off."));
        assertThat(entity(a, "The Times")).isEqualTo("The Times ORGANIZATION MEDIA GBR: The Times");
    }

    @Test
    void demonym_is_tied_to_its_country() {
        var a = analyzed(tagged("The Ukrainian people were consulted."));
        assertThat(entity(a, "Ukrainian")).isEqualTo("Ukrainian OTHER NATIONALITY UKR: Ukrainian");
    }

    @Test
    void unknown_body_takes_the_country_its_name_carries() {
        var a = analyzed(tagged("[Wales|LOC] and [Cardiff|LOC] welcomed the [Korea Shipping Board|ORG], the "
                + "[Glenmoor Trust|ORG] and [Leeds Harbour Board|ORG]."));
        assertThat(entity(a, "Korea Shipping Board")).contains("KOR");
        assertThat(entity(a, "Leeds Harbour Board")).contains("GBR");
    }

    @Test
    void a_body_takes_the_country_the_text_gives_it() {
        var a = analyzed(tagged("[Turkey|LOC] and [Ankara|LOC] talked to [Norder Bank|ORG], the German bank, and to "
                + "Lyon-based [Vantal|ORG] about [Istanbul|LOC]."));
        assertThat(entity(a, "Norder Bank")).startsWith("Norder Bank ORGANIZATION COMPANY DEU");
        assertThat(entity(a, "Vantal")).startsWith("Vantal ORGANIZATION - FRA");
    }

    @Test
    void a_body_takes_no_country_from_an_article_about_two_countries() {
        var a = analyzed(tagged("[Turkey|LOC] and [Germany|LOC] met; [Ankara|LOC] and [Berlin|LOC] spoke to "
                + "[Norder Bank|ORG]."));
        assertThat(entity(a, "Norder Bank")).startsWith("Norder Bank ORGANIZATION COMPANY -");
    }

    @Test
    void a_holiday_takes_no_country_from_the_article() {
        var a = analyzed(tagged("[Wales|LOC] and [Cardiff|LOC] shut shops at [Easter|MISC], said the [Glenmoor Trust|ORG] "
                + "of [Wales|LOC]."));
        assertThat(entity(a, "Easter")).startsWith("Easter OTHER - -");
        assertThat(entity(a, "Glenmoor Trust")).startsWith("Glenmoor Trust ORGANIZATION - GBR");
    }

    @Test
    void a_government_body_named_by_its_head_word_takes_the_home_country() {
        var a = analyzed(tagged("[Wales|LOC] and [Cardiff|LOC] welcomed the [Harbour Agency|ORG]."));
        assertThat(entity(a, "Harbour Agency")).startsWith("Harbour Agency ORGANIZATION GOVERNMENT GBR");
    }

    @Test
    void stateless_names_are_read_from_the_word_lists_passed_in() {
        Gazetteer g = Gazetteer.builtIn();
        var corrected = new NerCorrector(g).apply(tagged("[Wales|LOC] and [Cardiff|LOC] set clocks to [GMT|ORG]."));
        assertThat(entity(new EntityGrouper(g).apply(corrected), "GMT")).startsWith("GMT OTHER - -");
        EntityWords b = EntityWords.bundled();
        EntityWords withoutStateless = new EntityWords(b.givenNames(), java.util.Set.of(), b.organisationSuffixes(),
                b.languages(), b.competitions(), b.eventFirstWords(), b.placeNounsAfter(), b.placeNounsBefore(),
                b.vesselPrefixes(), b.vesselWords(), b.sportsWords(), b.weakSportsWords(), b.squadWords(),
                b.resultVerbs(), b.resultBefore(), b.clubNouns(), b.boundaries());
        assertThat(entity(new EntityGrouper(g, withoutStateless).apply(corrected), "GMT")).startsWith("GMT OTHER - GBR");
    }

    /** Type and country of the entity named {@code name}, its subtype left aside: "Easter OTHER -". */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        [Wales|LOC] and [Cardiff|LOC] shut shops before [Christmas|PER].                   => Christmas => OTHER -
        [Wales|LOC] and [Cardiff|LOC] shut shops on [New Year's Day|ORG].                  => New Year's Day => OTHER -
        [Wales|LOC] and [Cardiff|LOC] set clocks to [GMT|ORG].                             => GMT => OTHER -
        [Wales|LOC] and [Cardiff|LOC] welcomed [European|MISC] buyers.                     => European => OTHER -
        [Wales|LOC] and [Cardiff|LOC] welcomed [Asian|MISC] buyers.                        => Asian => OTHER -
        [Wales|LOC] and [Cardiff|LOC] welcomed [Latin American|MISC] buyers.               => Latin American => OTHER -
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and the Danish port safety regulator [Norder Board|ORG]. => Norder Board => ORGANIZATION DNK
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and the US furniture group [Norder Line|ORG]. => Norder Line => ORGANIZATION USA
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and Norway's [Norder Line|ORG].    => Norder Line => ORGANIZATION NOR
        [Wales|LOC] and [Cardiff|LOC] sent aid to [Central America|LOC].                   => Central America => LOCATION -
        [Wales|LOC] and [Cardiff|LOC] sent aid to [Harbour Street|LOC].                    => Harbour Street => LOCATION GBR
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and the [Harbour Reform Party|ORG]. => Harbour Reform Party => ORGANIZATION GBR
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and the [Cabinet|ORG].              => Cabinet => ORGANIZATION GBR
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and sat in [Cabinet|LOC].          => Cabinet => ORGANIZATION GBR
        [Wales|LOC] and [Cardiff|LOC] met [France|LOC] and [Norder Bank|ORG].              => Norder Bank => ORGANIZATION -
        [Turkey|LOC] and [Germany|LOC] read [grumbleshop.co.uk|ORG].                       => grumbleshop.co.uk => ORGANIZATION GBR
        [Turkey|LOC] and [Germany|LOC] read [tallyzeit.de|ORG].                            => tallyzeit.de => ORGANIZATION DEU
        [Turkey|LOC] and [Germany|LOC] read [quillcast.tv|ORG].                            => quillcast.tv => ORGANIZATION -
        [Turkey|LOC] and [Germany|LOC] read [harbourvote.com|ORG].                         => harbourvote.com => ORGANIZATION -
        """)
    void a_name_nothing_places_takes_a_country_from_knowledge_or_a_body_of_public_life_from_the_article(
            String text, String name, String expected) {
        String[] rendered = entity(analyzed(tagged(text)), name).split(":")[0].split(" ");
        int n = rendered.length;
        assertThat(rendered[n - 3] + " " + rendered[n - 1]).isEqualTo(expected);
    }

    @Test
    void known_person_from_the_actors_file_gets_canonical_name_and_country() {
        var a = analyzed(tagged("Ms [Truss|PER] warned of a smokescreen."));
        assertThat(entity(a, "Liz Truss")).isEqualTo("Liz Truss PERSON - GBR: Ms Truss");
    }

    @Test
    void entities_are_numbered_in_text_order() {
        var a = analyzed(tagged("[Oslo|LOC] hosted [Marta Quillan|PER]."));
        assertThat(a.get(Layer.ENTITIES)).extracting(e -> e.id() + " " + e.name())
                .containsExactly("E1 Oslo", "E2 Marta Quillan");
    }

    @Test
    void demonym_and_role_before_a_name_give_its_country() {
        var a = analyzed(tagged("[Oslo|LOC] welcomed Chilean group Makisa and Spanish rapper Tote King."));
        assertThat(entity(a, "Makisa")).isEqualTo("Makisa ORGANIZATION - CHL: Makisa");
        assertThat(entity(a, "Tote King")).isEqualTo("Tote King PERSON - ESP: Tote King");
    }

    @Test
    void hyphenated_surname_joins_the_full_name() {
        var a = analyzed(tagged("[Robert Kilroy-Silk|PER] spoke. Mr Kilroy-Silk left. [Kilroy-Silk|ORG] returned."));
        assertThat(entity(a, "Robert Kilroy-Silk"))
                .isEqualTo("Robert Kilroy-Silk PERSON - -: Robert Kilroy-Silk, Mr Kilroy-Silk, Kilroy-Silk");
    }

    @Test
    void lower_case_assembly_joins_the_devolved_body_the_article_names() {
        var a = analyzed(tagged("The [Welsh Assembly Government|ORG] spoke. Members of the assembly met."));
        assertThat(entity(a, "National Assembly for Wales"))
                .isEqualTo("National Assembly for Wales ORGANIZATION GOVERNMENT GBR: assembly");
    }

    @Test
    void country_government_is_an_entity_of_its_own_and_the_country_keeps_its_mention() {
        var a = analyzed(tagged("The [UK|LOC] government will act, said a [UK|LOC] minister."));
        assertThat(entity(a, "UK government")).isEqualTo("UK government ORGANIZATION GOVERNMENT GBR: UK government");
        assertThat(entity(a, "United Kingdom")).isEqualTo("United Kingdom LOCATION COUNTRY GBR: UK, UK");
    }

    @Test
    void no_government_entity_for_plain_input() {
        var a = analyzed(tagged("The [UK|LOC] government will act.", InputFormat.PLAIN));
        assertThat(a.get(Layer.ENTITIES)).noneMatch(e -> e.name().equals("UK government"));
    }

    @Test
    void country_given_after_a_name_with_a_possessive_is_its_country() {
        var a = analyzed(tagged("[Los Tigres Azules|ORG] are one of [Peru|LOC]'s best known bands."));
        assertThat(entity(a, "Los Tigres Azules")).isEqualTo("Los Tigres Azules ORGANIZATION - PER: Los Tigres Azules");
    }
}
