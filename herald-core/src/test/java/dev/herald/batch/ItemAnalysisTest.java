package dev.herald.batch;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;
import dev.herald.record.ArticleRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Herald's real analyzer run as a batch: the shared pipeline gives the same records on 1 and 2 threads. */
@Tag("models")
class ItemAnalysisTest {
    private static final String[][] PEOPLE = {
            {"Leeds", "Maria Okafor"}, {"Cardiff", "Tom Reilly"}, {"Glasgow", "Aisha Khan"},
            {"Belfast", "Sean Murphy"}, {"Bristol", "Sarah Cole"}, {"Norwich", "Peter Hall"},
            {"York", "Lena Fischer"}, {"Dundee", "Callum Ross"}};

    @TempDir
    static Path dir;

    private static Analyzer analyzer;

    @BeforeAll
    static void corpus() throws IOException {
        analyzer = new Analyzer(AnalyzerConfig.defaults());
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < PEOPLE.length; i++) {
            String story = TestCorpus.story("Council backs transport plan " + i, PEOPLE[i][0], PEOPLE[i][1]);
            Files.writeString(dir.resolve("story-" + i + ".txt"), story);
            String[] parts = story.split("\n\n", 2);
            feed.append(ArticleRecord.mapper().createObjectNode().put("title", parts[0]).put("text", parts[1])
                    .put("url", "https://news.example/" + i).put("published", "2024-04-0" + (i % 9 + 1))).append('\n');
        }
        Files.writeString(dir.resolve("feed.jsonl"), feed);
        Files.writeString(dir.resolve("page.html"), TestCorpus.page("Ferry service returns",
                "The ferry between Oban and Mull returned on Monday, operator CalMac said.",
                "Passengers welcomed the news, said Fiona Grant of the island council.",
                "The service had been suspended for six weeks while the vessel was repaired in Greenock, and"
                        + " islanders had to travel by a longer route through Craignure."));
    }

    private static List<String> records(int threads) {
        List<String> lines = new ArrayList<>();
        Hints hints = new Hints(Optional.of(LocalDate.of(2024, 4, 10)), Optional.empty());
        new BatchRunner(BatchConfig.of(threads), new ItemAnalysis(analyzer, InputFormat.AUTO, hints))
                .run(new BatchInputs(dev.herald.ingest.IngestConfig.defaults()).expand(List.of(dir)), a -> lines.add(
                        a instanceof Analysis.Analyzed ok ? ArticleRecord.toLine(ArticleRecord.of(ok.article()))
                                : "failed " + a.path()));
        return lines;
    }

    @Test
    void the_same_inputs_give_the_same_records_on_one_and_on_two_threads() {
        List<String> one = records(1);
        List<String> two = records(2);

        assertThat(one).hasSize(2 * PEOPLE.length + 1).noneMatch(line -> line.startsWith("failed"));
        assertThat(two).containsExactlyElementsOf(one);
    }

    @Test
    void a_json_lines_record_gives_its_title_url_date_and_line_as_path() {
        List<String> lines = records(2);
        String first = lines.stream().filter(l -> l.contains("feed.jsonl:1\"")).findFirst().orElseThrow();

        assertThat(first).contains("\"title\":\"Council backs transport plan 0\"")
                .contains("\"url\":\"https://news.example/0\"")
                .contains("\"published\":\"2024-04-01\"")
                .contains("\"text\":\"Officials in Leeds approved");
        String story = lines.stream().filter(l -> l.contains("story-0.txt")).findFirst().orElseThrow();
        assertThat(story).contains("\"published\":\"2024-04-10\"").contains("\"url\":null");
    }
}
