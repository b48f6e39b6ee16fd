package dev.herald.entities;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class TitleBinderTest {

    @Test
    void title_before_a_name_binds_for_the_rest_of_the_article() {
        var a = analyzed(tagged("Health Minister [Marta Quillan|PER] opened the ward. "
                + "The Health Minister said it was overdue."));
        assertThat(entity(a, "Marta Quillan"))
                .isEqualTo("Marta Quillan PERSON - -: Marta Quillan, The Health Minister/title");
        assertThat(a.get(Layer.ENTITIES).get(0).title()).contains("Health Minister");
    }

    @Test
    void demonym_before_a_title_gives_the_person_a_country() {
        var a = analyzed(tagged("Chilean President [Ramon Tagle|PER] arrived. The Chilean President smiled."));
        assertThat(entity(a, "Ramon Tagle")).isEqualTo("Ramon Tagle PERSON - CHL: Ramon Tagle, The Chilean President/title");
    }

    @Test
    void title_after_a_name_binds_too() {
        var a = analyzed(tagged("[Ramon Tagle|PER], the Mayor, spoke. Later the Mayor left."));
        assertThat(entity(a, "Ramon Tagle")).endsWith("the Mayor/title");
    }

    @Test
    void standalone_title_binds_to_the_person_the_actors_file_knows_by_it() {
        var a = analyzed(tagged("The Foreign Secretary fears a repeat. Ms [Truss|PER] has warned of it."));
        assertThat(entity(a, "Liz Truss")).isEqualTo("Liz Truss PERSON - GBR: The Foreign Secretary/title, Ms Truss");
    }

    @Test
    void known_title_binds_only_on_dates_the_person_held_it() {
        String text = "The Foreign Secretary fears a repeat. Ms [Truss|PER] has warned of it.";
        var during = analyzed(dated(tagged(text), "2022-03-29"));
        var after = analyzed(dated(tagged(text), "2024-02-01"));
        assertThat(entity(during, "Liz Truss")).isEqualTo("Liz Truss PERSON - GBR: The Foreign Secretary/title, Ms Truss");
        assertThat(entity(after, "Liz Truss")).isEqualTo("Liz Truss PERSON - GBR: Ms Truss");
    }

    @Test
    void title_named_in_the_article_binds_whatever_the_date() {
        var a = analyzed(dated(tagged("Foreign Secretary Liz [Truss|PER] spoke. The Foreign Secretary left."), "2030-01-01"));
        assertThat(entity(a, "Liz Truss")).endsWith("The Foreign Secretary/title");
    }

    private static Article dated(Article a, String day) {
        return a.withMetadata(a.metadata().withPublished(Optional.of(LocalDate.parse(day))));
    }

    @Test
    void a_title_ner_took_for_a_body_is_no_body_once_bound() {
        var a = analyzed(tagged("Health Minister [Marta Quillan|PER] opened the ward. "
                + "The [Health Minister|ORG] said it was overdue."));
        assertThat(entity(a, "Marta Quillan")).endsWith("The Health Minister/title");
        assertThat(a.get(Layer.ENTITIES)).extracting(e -> e.name()).containsExactly("Marta Quillan");
        assertThat(a.get(Layer.ENTITIES)).extracting(e -> e.id()).containsExactly("E1");
    }

    @Test
    void title_nobody_holds_binds_to_nobody() {
        var a = analyzed(tagged("[Marta Quillan|PER] spoke. The Prime Minister was not there."));
        assertThat(entity(a, "Marta Quillan")).isEqualTo("Marta Quillan PERSON - -: Marta Quillan");
    }
}
