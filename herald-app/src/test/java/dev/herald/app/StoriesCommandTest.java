package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code herald stories} over records and over a store written by hand (no models). */
class StoriesCommandTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private static ObjectNode record(String id, String published, String title, String text, String speaker, String... actors) {
        ObjectNode r = ArticleRecord.mapper().createObjectNode();
        r.put("schema", ArticleRecord.SCHEMA).put("id", id).put("title", title).put("published", published).put("text", text);
        var entities = r.putArray("entities");
        for (String a : actors) {
            entities.addObject().put("name", a).put("type", "ORGANIZATION").put("key", a.toLowerCase() + "|ORGANIZATION|-")
                    .putArray("mentions").addObject();
        }
        r.putArray("quotes").addObject().put("text", "words").putObject("speaker").put("name", speaker);
        r.putArray("events");
        return r;
    }

    private static List<ObjectNode> records() {
        return List.of(
                record("s1", "2005-01-10", "Dockers strike at Port Arden", "Dockers at Port Arden walked out over pay."
                        + " The Dock Workers Union said the strike would last until the port authority raised its pay offer.",
                        "Ana Silva", "Dock Workers Union", "Port Authority"),
                record("m1", "2005-01-11", "Belvane and Corrig agree bank merger", "Belvane Bank agreed to merge with Corrig"
                        + " Savings in a share deal that regulators must approve.", "Rui Costa", "Belvane Bank", "Corrig Savings"),
                record("s2", "2005-01-17", "Port Arden strike enters second week", "The dockers' strike at Port Arden entered"
                        + " its second week. The Dock Workers Union rejected a new pay offer from the port authority.",
                        "Ana Silva", "Dock Workers Union", "Port Authority"));
    }

    private Path recordsFile(String... extraLines) throws IOException {
        List<String> lines = new ArrayList<>(records().stream().map(ArticleRecord::toLine).toList());
        lines.addAll(List.of(extraLines));
        return Files.write(tmp.resolve("records.jsonl"), lines);
    }

    @Test
    void records_are_grouped_and_listed_as_json() throws IOException {
        int status = HeraldCli.run("stories", "--records", recordsFile().toString());

        assertThat(status).as(streams.stderr()).isZero();
        JsonNode result = ArticleRecord.mapper().readTree(streams.stdout());
        assertThat(result.path("total").asInt()).isEqualTo(2);
        JsonNode first = result.path("stories").get(0);
        assertThat(names(first)).containsExactly("id", "label", "articles", "first", "last", "entities", "speakers", "article_ids");
        assertThat(first.path("id").asText()).isEqualTo("s1");
        assertThat(first.path("articles").asInt()).isEqualTo(2);
        assertThat(first.path("first").asText() + ".." + first.path("last").asText()).isEqualTo("2005-01-10..2005-01-17");
        assertThat(first.path("speakers").get(0).path("name").asText() + " " + first.path("speakers").get(0).path("count").asInt())
                .isEqualTo("Ana Silva 2");
        assertThat(first.path("article_ids").toString()).isEqualTo("[\"s1\",\"s2\"]");
    }

    @Test
    void a_bad_record_is_reported_with_its_line_and_the_others_are_listed() throws IOException {
        int status = HeraldCli.run("stories", "--records", recordsFile("{not json", "{\"title\": \"no id\"}").toString(),
                "--min-size", "2", "--format", "text");

        assertThat(status).isEqualTo(1);
        assertThat(streams.stderr()).contains("records.jsonl:4:").contains("records.jsonl:5: record has no \"id\"");
        assertThat(streams.stdout()).startsWith("s1  2 articles  2005-01-10..2005-01-17  ").doesNotContain("m1");
    }

    @Test
    void a_store_lists_the_stories_ingest_gave_and_stats_counts_them() throws IOException {
        Path store = tmp.resolve("store");
        try (ArticleStore s = ArticleStore.openWriter(store)) {
            records().forEach(r -> s.add(r.deepCopy()));
        }

        assertThat(HeraldCli.run("stories", "--store", store.toString(), "--min-size", "2")).as(streams.stderr()).isZero();
        JsonNode result = ArticleRecord.mapper().readTree(streams.stdout());
        assertThat(result.path("stories").get(0).path("article_ids").toString()).isEqualTo("[\"s1\",\"s2\"]");
        assertThat(result.path("total").asInt()).isEqualTo(1);

        int printed = streams.stdout().length();
        assertThat(HeraldCli.run("search", "--store", store.toString(), "--format", "json", "--all", "story:s1")).isZero();
        String found = streams.stdout().substring(printed);
        assertThat(ArticleRecord.mapper().readTree(found).path("total").asInt()).as(found).isEqualTo(2);
    }

    @Test
    void bad_usage_exits_2() throws IOException {
        Path records = recordsFile();

        assertThat(HeraldCli.run("stories")).isEqualTo(2);
        assertThat(HeraldCli.run("stories", "--records", records.toString(), "--min-size", "0")).isEqualTo(2);
        assertThat(HeraldCli.run("stories", "--records", records.toString(), "--threshold", "2")).isEqualTo(2);
        assertThat(HeraldCli.run("stories", "--store", tmp.resolve("s").toString(), "--threshold", "0.3")).isEqualTo(2);
        assertThat(HeraldCli.run("stories", "--store", tmp.resolve("missing").toString())).isEqualTo(2);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
