package dev.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.app.HeraldCli;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in a real local[2] Spark session, against {@code herald analyze} on the same inputs with
 * the same (default) options: the records are the same lines, the Parquet tables read back say what
 * the records say, bad inputs are failure rows, and a second run replaces the first.
 *
 * <p>The inputs are the articles under {@code src/test/resources/articles} (written for this test:
 * text, HTML, JSON Lines with a broken record, a nested directory), a gzipped copy of one, and two
 * bad files made here.
 */
@Tag("models")
@Order(1)
class AnalyzeJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path inputs;
    static Path output;
    static List<String> analyzeLines;
    static String analyzeErrors;
    static int jobStatus;

    @BeforeAll
    static void run_analyze_then_the_job() throws Exception {
        System.setProperty("spark.ui.enabled", "false");
        inputs = copyArticles(dir.resolve("in"));
        output = dir.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int analyzeStatus = withStreams(out, err, () -> HeraldCli.run("analyze", "--format", "jsonl", inputs.toString()));
        assertThat(analyzeStatus).as("analyze fails for the bad inputs").isEqualTo(1);
        analyzeLines = lines(out.toString(StandardCharsets.UTF_8));
        analyzeErrors = err.toString(StandardCharsets.UTF_8);
        jobStatus = SparkCli.run("--master", "local[2]", "--input", inputs.toString(), "--output", output.toString());
    }

    /** {@return a session to read the tables with (the job's command stops the one it used)} */
    private static SparkSession reader() {
        return SparkSession.builder().master("local[2]").appName("herald-test-reader").getOrCreate();
    }

    @AfterAll
    static void stop() {
        reader().stop();
    }

    @Test
    void records_are_the_lines_analyze_prints() throws IOException {
        assertThat(jobStatus).as("bad inputs do not fail the job").isZero();
        assertThat(analyzeLines).hasSize(6);
        assertThat(sorted(recordLines())).containsExactlyElementsOf(sorted(analyzeLines));
    }

    @Test
    void bad_inputs_are_failure_rows_with_the_reasons_analyze_gives() {
        List<String> failures = reader().read().parquet(output.resolve("failures").toString())
                .collectAsList().stream().map(r -> r.getString(0) + ": " + r.getString(1)).sorted().toList();
        assertThat(failures).containsExactly(
                inputs.resolve("binary.bin") + ": binary content, not text or HTML",
                inputs.resolve("empty.txt") + ": empty file",
                inputs.resolve("feed.jsonl") + ":3: the record has neither \"text\" nor \"html\"");
        failures.forEach(f -> assertThat(analyzeErrors).contains("herald: " + f));
    }

    @Test
    void articles_table_has_one_row_per_record_partitioned_by_month() throws IOException {
        List<String> expected = new ArrayList<>();
        for (JsonNode r : records()) {
            String published = r.get("published").isNull() ? null : r.get("published").asText();
            String text = r.get("text").asText();
            expected.add(String.join(" ", r.get("id").asText(), String.valueOf(published),
                    published == null ? "null" : published.substring(0, 7),
                    String.valueOf(text.codePointCount(0, text.length())), r.get("input").get("path").asText()));
        }
        List<String> rows = reader().read().parquet(output.resolve("articles").toString())
                .selectExpr("concat_ws(' ', id, coalesce(cast(published as string), 'null'), coalesce(month, 'null'),"
                        + " length, source)")
                .as(Encoders.STRING()).collectAsList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).anyMatch(row -> row.contains(" 2024-03-04 2024-03 "));
        assertThat(output.resolve("articles/month=2024-03")).isDirectory();
        assertThat(output.resolve("articles/month=2024-05")).isDirectory();
    }

    @Test
    void entities_and_quotes_tables_say_what_the_records_say() throws IOException {
        List<String> entities = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (JsonNode r : records()) {
            for (JsonNode e : r.get("entities")) {
                entities.add(r.get("id").asText() + " " + e.get("id").asText() + " " + e.get("key").asText() + " "
                        + e.get("mentions").size());
            }
            for (JsonNode q : r.get("quotes")) {
                String speaker = q.get("speaker").isNull() ? "null" : q.get("speaker").get("name").asText();
                quotes.add(r.get("id").asText() + " " + speaker + ": " + q.get("text").asText());
            }
        }
        assertThat(quotes).as("the fixtures have quotes").isNotEmpty();
        assertThat(reader().read().parquet(output.resolve("entities").toString())
                .selectExpr("concat_ws(' ', article_id, entity_id, key, mentions)").as(
                        Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrderElementsOf(entities);
        assertThat(reader().read().parquet(output.resolve("quotes").toString())
                .selectExpr("concat(article_id, ' ', coalesce(speaker_name, 'null'), ': ', text)").as(
                        Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrderElementsOf(quotes);
        assertThat(reader().read().parquet(output.resolve("quotes").toString())
                .filter("speaker_name = 'Ana Silva'").select("speaker_key").as(
                        Encoders.STRING()).collectAsList())
                .containsOnly("ana silva|PERSON|-");
    }

    @Test
    void events_table_has_a_row_per_coded_event() throws IOException {
        long events = 0;
        for (JsonNode r : records()) {
            events += r.get("events").size();
        }
        Dataset<Row> table = reader().read().parquet(output.resolve("events").toString());
        assertThat(table.columns()).contains("article_id", "cameo", "source_key", "target_key", "month");
        assertThat(table.count()).isEqualTo(events);
    }

    @Test
    void a_run_replaces_what_a_previous_run_wrote() throws IOException {
        Path again = output.resolve("again");
        Files.createDirectories(again.resolve("records"));
        Files.writeString(again.resolve("records/part-00000-earlier-run.txt"), "{\"id\": \"stale\"}\n");

        assertThat(SparkCli.run("--master", "local[1]", "--input", inputs.resolve("feed.jsonl").toString(),
                "--output", again.toString())).isZero();

        List<String> lines = recordLines(again);
        assertThat(lines).hasSize(2);
        assertThat(analyzeLines).containsAll(lines);
    }

    @Test
    void bad_usage_exits_with_2() {
        assertThat(SparkCli.run("--input", "x")).isEqualTo(2);
        assertThat(SparkCli.run("--output", "x")).isEqualTo(2);
        assertThat(SparkCli.run("--input", "x", "--output", "y", "--profile", "huge")).isEqualTo(2);
    }

    private static List<String> recordLines() throws IOException {
        return recordLines(output);
    }

    private static List<String> recordLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("records"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(lines(Files.readString(part)));
            }
        }
        return lines;
    }

    private static List<JsonNode> records() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : recordLines()) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static Path copyArticles(Path target) throws IOException, java.net.URISyntaxException {
        Path source = Path.of(AnalyzeJobTest.class.getResource("/articles").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(target.resolve("wire/harbour-strike.txt.gz")))) {
            gz.write(Files.readAllBytes(source.resolve("harbour-strike.txt")));
        }
        byte[] noise = new byte[4096];
        new Random(13).nextBytes(noise);
        Files.write(target.resolve("binary.bin"), noise);
        Files.writeString(target.resolve("empty.txt"), "");
        return target;
    }

    private interface Call {
        int run() throws Exception;
    }

    private static int withStreams(OutputStream out, OutputStream err, Call call) throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return call.run();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
