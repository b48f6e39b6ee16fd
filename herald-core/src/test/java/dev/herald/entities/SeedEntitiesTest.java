package dev.herald.entities;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 5's acceptance on the seed article, read from the shared folder, with CoreNLP's models. */
@Tag("models")
class SeedEntitiesTest {
    private static List<Entity> entities;

    @BeforeAll
    static void analyzeSeed() {
        Path seed = Path.of(System.getProperty("herald.shared", "../shared"), "seeds", "000_7bfa49f6c0b4bacc.txt");
        assumeTrue(Files.isRegularFile(seed), "seed article not found at " + seed + "; skipping");
        Analysis a = new Analyzer(AnalyzerConfig.defaults()).analyze(seed, InputFormat.TEXT, Hints.none());
        assertThat(a).isInstanceOf(Analysis.Analyzed.class);
        Article article = ((Analysis.Analyzed) a).article();
        entities = article.get(Layer.ENTITIES);
    }

    private static List<Entity> named(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).toList();
    }

    private static String summary(Entity e) {
        return e.type() + " " + e.subtype().orElse("-") + " " + e.country().orElse("-");
    }

    @Test
    void truss_is_one_british_person_with_her_title_mention() {
        assertThat(named("Liz Truss")).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("PERSON - GBR");
            assertThat(e.mentions()).extracting(m -> m.text()).contains("Ms Truss", "The Foreign Secretary");
        });
    }

    @Test
    void zelensky_is_one_ukrainian_person_with_the_he_of_he_said() {
        assertThat(named("Volodymyr Zelensky")).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("PERSON - UKR");
            assertThat(e.mentions()).extracting(m -> m.text()).contains("He");
        });
    }

    @Test
    void kyiv_is_one_ukrainian_city_with_both_spellings_and_never_a_person() {
        assertThat(named("Kyiv")).singleElement().satisfies(e -> {
            assertThat(summary(e)).isEqualTo("LOCATION CITY UKR");
            assertThat(e.mentions()).extracting(m -> m.text()).contains("Kyiv", "Kiyv");
        });
        assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Kiyv")))
                .allMatch(e -> e.name().equals("Kyiv"));
    }

    @Test
    void kremlin_bodies_and_outlet_have_their_types() {
        assertThat(named("Kremlin")).extracting(SeedEntitiesTest::summary).containsExactly("ORGANIZATION GOVERNMENT RUS");
        assertThat(named("G7")).extracting(SeedEntitiesTest::summary).containsExactly("ORGANIZATION IGO -");
        assertThat(named("NATO")).extracting(SeedEntitiesTest::summary).containsExactly("ORGANIZATION IGO -");
        assertThat(named("European Union")).extracting(SeedEntitiesTest::summary).containsExactly("ORGANIZATION IGO -");
        assertThat(named("The Times")).extracting(SeedEntitiesTest::summary).containsExactly("ORGANIZATION MEDIA GBR");
        assertThat(named("United Kingdom")).singleElement().extracting(e -> e.title()).isEqualTo(Optional.empty());
    }
}
