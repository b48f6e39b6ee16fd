package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code herald search}, {@code show}, {@code stats} and {@code export} on a store of records
 * written by hand (no models): the JSON shapes of the README, and the errors of bad input.
 */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private Path store;
    private final List<String> lines = new ArrayList<>();

    private static ObjectNode record(String id, String title, String text, String published, String speaker, String quote) {
        ObjectNode r = ArticleRecord.mapper().createObjectNode();
        r.put("schema", ArticleRecord.SCHEMA).put("id", id).put("title", title).put("published", published)
                .put("site", "example.org").put("url", (String) null).put("text", text);
        r.putObject("input").put("path", id + ".txt");
        r.putArray("entities").addObject().put("id", "E1").put("name", speaker).put("type", "PERSON")
                .put("country", "GBR").put("key", speaker.toLowerCase() + "|PERSON|GBR");
        ObjectNode q = r.putArray("quotes").addObject().put("id", "Q1").put("text", quote).put("start", 0)
                .put("end", quote.length()).put("kind", "direct");
        q.putObject("speaker").put("name", speaker).put("entity", "E1").put("anonymous", false);
        q.putNull("cue");
        q.putNull("via");
        r.putArray("events");
        return r;
    }

    @BeforeEach
    void store() throws IOException {
        store = tmp.resolve("store");
        try (ArticleStore s = ArticleStore.openWriter(store)) {
            s.add(record("a1", "Blair defends tuition fees", "The prime minister defended tuition fees on Monday, saying universities needed the money.",
                    "2005-01-10", "Tony Blair", "We will not go back, \"ever\""));
            ObjectNode b2 = record("b2", "Brown sets out budget", "The chancellor set out his budget, with money for schools and hospitals.",
                    "2005-03-16", "Gordon Brown", "This is a budget for families");
            ObjectNode event = ((com.fasterxml.jackson.databind.node.ArrayNode) b2.get("events")).addObject()
                    .put("type", "ASSIST").put("cameo", "070").put("negated", false).put("hypothetical", false);
            event.putObject("source").put("entity", "E1").put("name", "Gordon Brown").put("country", "GBR").put("sector", "GOV");
            event.putNull("target");
            event.putObject("date").put("value", "2005-03-16").put("published", true);
            event.putObject("sentence").put("start", 0).put("end", 70);
            event.putObject("trigger").put("start", 19).put("end", 22).put("text", "set");
            s.add(b2);
            s.commit();
            lines.add(s.record("a1").orElseThrow());
            lines.add(s.record("b2").orElseThrow());
        }
    }

    @Test
    void search_prints_total_hits_and_facets_as_json() throws IOException {
        int status = HeraldCli.run("search", "--store", store.toString(), "--facets", "speaker:\"Tony Blair\"");
        assertThat(status).as(streams.stderr()).isZero();
        JsonNode result = ArticleRecord.mapper().readTree(streams.stdout());
        assertThat(result.path("total").asLong()).isEqualTo(1);
        JsonNode hit = result.path("hits").get(0);
        assertThat(fieldNames(hit)).containsExactly("id", "title", "published", "site", "score", "snippet", "duplicate_of");
        assertThat(hit.path("id").asText()).isEqualTo("a1");
        assertThat(hit.path("duplicate_of").isNull()).isTrue();
        assertThat(fieldNames(result.path("facets"))).containsExactly("entity", "country", "speaker", "event", "site", "month");
        assertThat(result.path("facets").path("speaker").get(0).path("value").asText()).isEqualTo("Tony Blair");
        assertThat(result.path("facets").path("month").get(0).path("value").asText()).isEqualTo("2005-01");
    }

    @Test
    void search_without_facets_gives_null_facets_and_text_lists_hits() throws IOException {
        assertThat(HeraldCli.run("search", "--store", store.toString(), "--sort", "date", "money")).isZero();
        JsonNode result = ArticleRecord.mapper().readTree(streams.stdout());
        assertThat(result.path("facets").isNull()).isTrue();
        assertThat(result.path("hits").findValuesAsText("id")).containsExactly("b2", "a1");

        assertThat(HeraldCli.run("search", "--store", store.toString(), "--format", "text", "tuition", "fees")).isZero();
        assertThat(streams.stdout()).contains("1 article matches").contains("1. Blair defends tuition fees")
                .contains("*tuition* *fees*");
    }

    @Test
    void a_query_that_does_not_parse_exits_2_with_its_column() {
        assertThat(HeraldCli.run("search", "--store", store.toString(), "speaker:(\"Tony Blair\"")).isEqualTo(2);
        assertThat(streams.stderr()).contains("the query does not parse at column").contains("^");
        assertThat(streams.stdout()).isEmpty();
    }

    @Test
    void show_prints_the_stored_record_byte_for_byte() {
        assertThat(HeraldCli.run("show", "--store", store.toString(), "a1")).isZero();
        assertThat(streams.stdout()).isEqualTo(lines.get(0) + System.lineSeparator());
        assertThat(HeraldCli.run("show", "--store", store.toString(), "nope")).isEqualTo(1);
        assertThat(streams.stderr()).contains("no article nope");
    }

    @Test
    void stats_counts_the_store() throws IOException {
        assertThat(HeraldCli.run("stats", "--store", store.toString())).isZero();
        JsonNode stats = ArticleRecord.mapper().readTree(streams.stdout());
        assertThat(fieldNames(stats)).containsExactly("articles", "duplicates", "entities", "quotes", "events", "bytes", "stories");
        assertThat(stats.path("articles").asLong()).isEqualTo(2);
        assertThat(stats.path("stories").asLong()).isEqualTo(2);
        assertThat(stats.path("entities").asLong()).isEqualTo(2);
        assertThat(stats.path("quotes").asLong()).isEqualTo(2);
    }

    @Test
    void export_streams_records_and_quote_rows() {
        assertThat(HeraldCli.run("export", "--store", store.toString(), "--format", "jsonl")).isZero();
        assertThat(streams.stdout().lines().toList()).containsExactlyElementsOf(lines);

        assertThat(HeraldCli.run("export", "--store", store.toString(), "--format", "quotes-csv", "--query", "speaker:blair")).isZero();
        List<String> csv = streams.stdout().lines().filter(l -> !l.startsWith("{")).toList();
        assertThat(csv).containsExactly(QuotesCsv.HEADER,
                "a1,2005-01-10,example.org,Blair defends tuition fees,Q1,direct,Tony Blair,E1,false,,,0,27,\"We will not go back, \"\"ever\"\"\"");
    }

    @Test
    void export_writes_gdelt_rows_of_the_stored_events() {
        assertThat(HeraldCli.run("export", "--store", store.toString(), "--format", "gdelt-events")).isZero();
        List<String> rows = streams.stdout().lines().toList();
        assertThat(rows).hasSize(1);
        String[] c = rows.get(0).split("\t", -1);
        assertThat(c).hasSize(GdeltEventsPrinter.COLUMNS);
        assertThat(c[1]).isEqualTo("20050316");
        assertThat(c[5]).isEqualTo("GBRGOV");
        assertThat(c[26]).isEqualTo("070");
    }

    @Test
    void a_directory_that_is_not_a_store_exits_2_and_is_untouched() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "chapter one");
        for (String[] args : List.of(new String[] {"stats", "--store", mine.toString()},
                new String[] {"search", "--store", mine.toString(), "x"},
                new String[] {"ingest", "--store", mine.toString(), "--no-progress", mine.resolve("thesis.tex").toString()})) {
            assertThat(HeraldCli.run(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(streams.stderr()).contains("is not a Herald store");
        try (var files = Files.list(mine)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("thesis.tex");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
