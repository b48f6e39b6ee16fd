package dev.herald.clean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed through the whole analyzer: what the cleaner removed stays out of text and entities. */
@Tag("models")
class TextCleanerEndToEndTest {

    @Test
    void the_seed_record_has_a_clean_text_its_boilerplate_and_its_related_headlines() {
        Path seed = TextCleanerSeedTest.seed();
        Analysis analysis = new Analyzer(AnalyzerConfig.defaults()).analyze(seed, InputFormat.AUTO,
                new Hints(Optional.of(LocalDate.of(2022, 3, 29)), Optional.empty()));

        assertThat(analysis).isInstanceOf(Analysis.Analyzed.class);
        JsonNode record = ArticleRecord.of(((Analysis.Analyzed) analysis).article());
        assertThat(record.get("input").get("format").asText()).isEqualTo("text");
        assertThat(record.get("title").asText()).startsWith("Truss fury");
        assertThat(record.get("text").asText()).startsWith("Britain is worried").endsWith("interests first.”");
        assertThat(values(record.get("boilerplate"), "kind"))
                .containsExactly("other", "consent", "related", "related", "related", "related", "footer");
        assertThat(values(record.get("related"), "label")).containsExactly("UPDATE", "REACTION", "INSIGHT");
        assertThat(record.get("related").get(0).get("title").asText())
                .isEqualTo("Ukrainian protesters try to block Roman Abramovich’s luxury yacht");
        assertThat(record.get("related").get(0).get("url").isNull()).isTrue();
        assertThat(record.get("entities")).as("entities").isNotEmpty();
        assertThat(values(record.get("entities"), "name")).as("names only the related headlines carry")
                .noneMatch(name -> name.contains("Abramovich"));
        String text = record.get("text").asText();
        for (JsonNode entity : record.get("entities")) {
            for (JsonNode mention : entity.get("mentions")) {
                int start = text.offsetByCodePoints(0, mention.get("start").asInt());
                int end = text.offsetByCodePoints(0, mention.get("end").asInt());
                assertThat(text.substring(start, end)).isEqualTo(mention.get("text").asText());
            }
        }
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
