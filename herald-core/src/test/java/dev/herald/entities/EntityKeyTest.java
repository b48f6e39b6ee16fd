package dev.herald.entities;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EntityKeyTest {

    @Test
    void key_is_normalized_name_type_and_country() {
        Entity e = new Entity("E1", "Élysée", EntityType.ORGANIZATION, Optional.of("GOVERNMENT"), Optional.of("FRA"),
                Optional.empty(), List.of());
        assertThat(EntityKey.of(e)).isEqualTo("elysee|ORGANIZATION|FRA");
    }

    @Test
    void same_actor_in_two_articles_gets_the_same_key() {
        var first = TestArticles.analyzed(TestArticles.tagged("Ms [Truss|PER] spoke."));
        var second = TestArticles.analyzed(TestArticles.tagged("[Liz Truss|PER] said the [UK|LOC] would act."));
        assertThat(EntityKey.of(first.get(dev.herald.model.Layer.ENTITIES).get(0)))
                .isEqualTo(EntityKey.of(second.get(dev.herald.model.Layer.ENTITIES).get(0)))
                .isEqualTo("liz truss|PERSON|GBR");
    }

    @Test
    void key_without_country_says_so() {
        Entity e = new Entity("E1", "NATO", EntityType.ORGANIZATION, Optional.of("IGO"), Optional.empty(),
                Optional.empty(), List.of());
        assertThat(EntityKey.of(e)).isEqualTo("nato|ORGANIZATION|-");
    }
}
