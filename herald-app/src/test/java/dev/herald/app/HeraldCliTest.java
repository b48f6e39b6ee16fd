package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as CONTRACT.md section 1 fixes it: outputs, failures and exit status. */
class HeraldCliTest {
    private static final String STORY = """
            Council approves new bridge over the Avon

            Bristol City Council approved the £40m bridge on Tuesday, its leader Sarah Cole said.

            “This will change the city,” Ms Cole said.
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private String stdout() {
        return streams.stdout();
    }

    private String stderr() {
        return streams.stderr();
    }

    @Test
    void bad_usage_exits_with_2() {
        assertThat(HeraldCli.run("analyze", "--format", "yaml", "x.txt")).isEqualTo(2);
        assertThat(HeraldCli.run("analyze")).isEqualTo(2);
        assertThat(HeraldCli.run("analyze", "--date", "29/03/2022", "x.txt")).isEqualTo(2);
    }

    @Test
    @Tag("models")
    void a_failing_input_is_reported_and_the_others_are_still_printed() throws Exception {
        Path good = Files.writeString(dir.resolve("bridge.txt"), STORY);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path missing = dir.resolve("missing.txt");

        int status = HeraldCli.run("analyze", "--format", "jsonl", "--date", "2022-03-29",
                missing.toString(), good.toString(), empty.toString());

        assertThat(status).isEqualTo(1);
        assertThat(stderr()).contains("herald: " + missing + ": no such file")
                .contains("herald: " + empty + ": empty file");
        String[] lines = stdout().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode record = new ObjectMapper().readTree(lines[0]);
        assertThat(record.get("title").asText()).isEqualTo("Council approves new bridge over the Avon");
        assertThat(record.get("published").asText()).isEqualTo("2022-03-29");
        assertThat(record.get("text").asText()).startsWith("Bristol City Council approved");
    }

    @Test
    @Tag("models")
    void json_prints_an_array_for_several_inputs_and_standard_input_is_read_for_dash() throws Exception {
        Path good = Files.writeString(dir.resolve("bridge.txt"), STORY);
        streams.stdin(STORY);

        int status = HeraldCli.run("analyze", "--format", "json", good.toString(), "-");

        assertThat(status).isZero();
        JsonNode array = new ObjectMapper().readTree(stdout());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("input").get("path").asText()).isEqualTo("-");
        assertThat(array.get(0).get("id").asText()).isEqualTo(array.get(1).get("id").asText());
    }

    @Test
    @Tag("models")
    void text_format_is_a_summary_for_a_person() throws Exception {
        Path good = Files.writeString(dir.resolve("bridge.txt"), STORY);

        assertThat(HeraldCli.run("analyze", "--format", "text", good.toString())).isZero();

        assertThat(stdout()).contains("== Council approves new bridge over the Avon").contains("People:")
                .contains("Sarah Cole");
    }

    @Test
    @Tag("models")
    void reported_speech_is_in_the_quotes_unless_no_indirect_is_given() throws Exception {
        Path story = Files.writeString(dir.resolve("opening.txt"), """
                Bridge to open next spring

                Ms Cole said the bridge would open to walkers in the spring of 2025.

                “This will change the city,” Ms Cole said.
                """);

        assertThat(HeraldCli.run("analyze", "--format", "jsonl", story.toString())).isZero();
        JsonNode byDefault = new ObjectMapper().readTree(stdout().strip()).get("quotes");
        streams.reset();
        assertThat(HeraldCli.run("analyze", "--format", "jsonl", "--indirect", story.toString())).isZero();
        JsonNode withOldSwitch = new ObjectMapper().readTree(stdout().strip()).get("quotes");
        streams.reset();
        assertThat(HeraldCli.run("analyze", "--format", "jsonl", "--no-indirect", story.toString())).isZero();
        JsonNode without = new ObjectMapper().readTree(stdout().strip()).get("quotes");

        assertThat(byDefault).hasSize(2);
        assertThat(byDefault.get(0).get("kind").asText()).isEqualTo("indirect");
        assertThat(byDefault.get(0).get("text").asText()).isEqualTo("the bridge would open to walkers in the spring of 2025");
        assertThat(byDefault.get(0).get("speaker").get("name").asText()).isEqualTo("Cole");
        assertThat(withOldSwitch).isEqualTo(byDefault);
        assertThat(without).hasSize(1);
        assertThat(without.get(0).get("kind").asText()).isEqualTo("direct");
    }
}
