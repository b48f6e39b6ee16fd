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

/** The seed through the whole analyzer: the record keeps what the cleaner found, and offsets still fit the text. */
@Tag("models")
class TextCleanerEndToEndTest {

    @Test
    void the_seed_record_has_a_clean_text_its_boilerplate_and_its_related_headlines() throws Exception {
        Path seed = TextCleanerSeedTest.seed();
        List<String> lines = TextCleanerSeedTest.seedLines();
        Analysis analysis = new Analyzer(AnalyzerConfig.defaults()).analyze(seed, InputFormat.AUTO,
                new Hints(Optional.of(LocalDate.of(2022, 3, 29)), Optional.empty()));

        assertThat(analysis).isInstanceOf(Analysis.Analyzed.class);
        JsonNode record = ArticleRecord.of(((Analysis.Analyzed) analysis).article());
        assertThat(record.get("input").get("format").asText()).isEqualTo("text");
        assertThat(record.get("title").asText()).isEqualTo(lines.get(0));
        assertThat(record.get("text").asText()).startsWith("Britain is worried").endsWith("interests first.”");
        assertThat(values(record.get("boilerplate"), "kind"))
                .containsExactly("other", "consent", "related", "related", "related", "related", "footer");
        assertThat(values(record.get("boilerplate"), "text"))
                .containsExactlyElementsOf(TextCleanerSeedTest.seedBoilerplate(lines));
        assertThat(values(record.get("related"), "label")).containsExactly("UPDATE", "REACTION", "INSIGHT");
        assertThat(values(record.get("related"), "title"))
                .containsExactlyElementsOf(TextCleanerSeedTest.seedRelatedTitles(lines));
        assertThat(record.get("related").get(0).get("url").isNull()).isTrue();
        String text = record.get("text").asText();
        assertThat(TextCleanerSeedTest.seedBoilerplate(lines)).as("removed lines stay out of the text")
                .allSatisfy(line -> assertThat(text).doesNotContain(line));
        assertThat(record.get("entities")).as("entities").isNotEmpty();
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
