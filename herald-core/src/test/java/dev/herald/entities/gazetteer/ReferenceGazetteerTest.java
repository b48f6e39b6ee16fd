package dev.herald.entities.gazetteer;

import dev.herald.entities.EntityKey;
import dev.herald.entities.TestArticles;
import dev.herald.model.Entity;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteers converted from GeoNames and PETRARCH2 (issue 16), on articles written for the test. */
class ReferenceGazetteerTest {

    private static String ref(dev.herald.model.Article a, String name) {
        return a.get(Layer.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst()
                .flatMap(Entity::ref).orElse("no ref for " + name);
    }

    @Test
    void a_place_only_geonames_knows_is_typed_and_given_its_country_and_ref() {
        var a = analyzed(tagged("Flooding closed roads around [Wolverhampton|LOC] on Tuesday."));
        assertThat(entity(a, "Wolverhampton")).startsWith("Wolverhampton LOCATION CITY GBR");
        assertThat(ref(a, "Wolverhampton")).startsWith("geonames:");
    }

    @Test
    void an_ambiguous_place_is_the_biggest_one_unless_the_article_is_about_another_country() {
        var english = analyzed(tagged("Council leaders in [Birmingham|LOC] and [Wolverhampton|LOC] met."));
        var american = analyzed(tagged("Storms hit [Birmingham|LOC] in [Alabama|LOC] overnight."));
        assertThat(entity(english, "Birmingham")).startsWith("Birmingham LOCATION CITY GBR");
        assertThat(entity(american, "Birmingham")).startsWith("Birmingham LOCATION CITY USA");
        assertThat(ref(english, "Birmingham")).isNotEqualTo(ref(american, "Birmingham"));
    }

    @Test
    void a_far_bigger_namesake_wins_over_the_article_context() {
        var a = analyzed(tagged("Officials in [Texas|LOC] and [Dallas|LOC] flew to [Paris|LOC]."));
        assertThat(entity(a, "Paris")).contains("FRA");
    }

    @Test
    void multinational_company_from_petrarch_is_found_with_its_country() {
        var a = analyzed(tagged("Shares in Goldman Sachs rose after the results."));
        assertThat(entity(a, "Goldman Sachs")).startsWith("Goldman Sachs ORGANIZATION COMPANY USA");
        assertThat(ref(a, "Goldman Sachs")).isEqualTo("petrarch:GOLDMAN_SACHS");
    }

    @Test
    void office_holder_from_petrarch_gets_country_and_ref() {
        var a = analyzed(tagged("[Wen Jiabao|PER] arrived for talks."));
        assertThat(entity(a, "Wen Jiabao")).startsWith("Wen Jiabao PERSON - CHN");
        assertThat(ref(a, "Wen Jiabao")).isEqualTo("petrarch:WEN_JIABAO");
    }

    @Test
    void a_name_in_lower_case_is_no_dictionary_name() {
        var a = analyzed(tagged("He said goldman sachs was a good bank."));
        assertThat(a.get(Layer.ENTITIES)).isEmpty();
    }

    @Test
    void spellings_of_one_place_share_key_and_ref() {
        var kyiv = analyzed(tagged("Talks were held in [Kyiv|LOC]."));
        var kiev = analyzed(tagged("Talks were held in [Kiev|LOC]."));
        var kiyv = analyzed(tagged("Talks were held in [Kiyv|LOC]."));
        String key = EntityKey.of(kyiv.get(Layer.ENTITIES).get(0));
        assertThat(EntityKey.of(kiev.get(Layer.ENTITIES).get(0))).isEqualTo(key);
        assertThat(EntityKey.of(kiyv.get(Layer.ENTITIES).get(0))).isEqualTo(key);
    }

    @Test
    void an_office_holder_named_by_surname_in_an_article_about_his_country_is_that_person() {
        var surname = analyzed(tagged("Mr [Blunkett|PER] told [Britain|LOC] and the [Labour Party|ORG] to wait."));
        var full = analyzed(tagged("[David Blunkett|PER] spoke."));
        assertThat(entity(surname, "David Blunkett")).startsWith("David Blunkett PERSON - GBR");
        String key = EntityKey.of(full.get(Layer.ENTITIES).get(0));
        assertThat(surname.get(Layer.ENTITIES)).filteredOn(e -> e.type() == dev.herald.model.EntityType.PERSON)
                .extracting(EntityKey::of).containsExactly(key);
    }

    @Test
    void a_surname_alone_stays_unknown_outside_the_office_holders_country() {
        var a = analyzed(tagged("Mr [Blunkett|PER] scored twice for the visitors."));
        assertThat(entity(a, "Blunkett")).startsWith("Blunkett PERSON - -");
    }

    @Test
    void a_team_entry_gets_the_id_of_the_reference_entry_for_it() {
        var a = analyzed(tagged("[Oxfam|ORG] sent aid to [Leeds|LOC]."));
        assertThat(ref(a, "Oxfam")).isEqualTo("petrarch:OXFAM");
        assertThat(ref(a, "Leeds")).startsWith("geonames:");
    }
}
