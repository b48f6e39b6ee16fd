package dev.herald.batch;

import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static dev.herald.batch.TestCorpus.http;
import static dev.herald.batch.TestCorpus.page;
import static dev.herald.batch.TestCorpus.warcResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Expanding directories, JSON Lines and WARC files into items; broken entries become broken items. */
class BatchInputsTest {
    @TempDir
    Path dir;

    private final BatchInputs inputs = new BatchInputs(new IngestConfig(1_000));

    /** Renders items as "source | kind | detail" lines. */
    private List<String> render(Path... paths) {
        List<String> lines = new ArrayList<>();
        Iterator<BatchItem> items = inputs.expand(Arrays.asList(paths));
        while (items.hasNext()) {
            BatchItem item = items.next();
            String source = item.source().replace(dir.toString(), "");
            if (item instanceof BatchItem.File) {
                lines.add(source + " | file");
            } else if (item instanceof BatchItem.Content c) {
                lines.add(source + " | " + c.format().label() + " | " + c.hints().title().orElse("-") + " | "
                        + c.hints().url().orElse("-") + " | " + c.hints().published().map(Object::toString).orElse("-")
                        + " | " + new String(c.bytes(), StandardCharsets.UTF_8).replace("\n", "\\n"));
            } else if (item instanceof BatchItem.Broken b) {
                lines.add(source + " | broken | " + b.reason());
            }
        }
        return lines;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void a_directory_is_expanded_recursively_in_name_order_without_hidden_files() throws IOException {
        write("b/2.txt", "x");
        write("b/10.txt", "x");
        write("a.txt", "x");
        write("c/d/e.html.gz", "x");
        write(".hidden.txt", "x");
        write("b/.cache/x.txt", "x");

        assertThat(render(dir)).containsExactly(
                "/a.txt | file", "/b/10.txt | file", "/b/2.txt | file", "/c/d/e.html.gz | file");
    }

    @Test
    void a_directory_walk_reports_and_leaves_out_the_corpus_documents_but_a_named_one_is_read() throws IOException {
        write("README.TXT", "About this corpus");
        write("sport/LICENSE", "x");
        write("sport/001.txt", "x");
        write("sport/readme-first.txt", "x");
        Path notice = write("notice.md", "x");
        write("changes/002.txt", "x");
        List<String> skipped = new ArrayList<>();
        BatchInputs reporting = new BatchInputs(new IngestConfig(1_000), p -> skipped.add(dir.relativize(p).toString()));

        List<String> sources = new ArrayList<>();
        reporting.expand(List.of(dir, notice)).forEachRemaining(item -> sources.add(item.source().replace(dir.toString(), "")));

        assertThat(sources).containsExactly("/changes/002.txt", "/sport/001.txt", "/sport/readme-first.txt", "/notice.md");
        assertThat(skipped).containsExactly("README.TXT", "notice.md", "sport/LICENSE");
    }

    @Test
    void corpus_documents_are_told_by_their_whole_name() {
        assertThat(List.of("README", "readme.md", "ReadMe.txt", "LICENCE.txt", "COPYING", "NOTICE.gz", "CITATION.rst"))
                .allMatch(BatchInputs::isCorpusDocument);
        assertThat(List.of("readme.html", "licenses.txt", "notice-to-readers.txt", "001.txt", "README.TXT.bak"))
                .noneMatch(BatchInputs::isCorpusDocument);
    }

    @Test
    void paths_keep_their_order_and_a_missing_one_is_left_to_the_reader() throws IOException {
        Path b = write("b.txt", "x");
        Path a = write("a.txt", "x");

        assertThat(render(b, dir.resolve("missing.txt"), a))
                .containsExactly("/b.txt | file", "/missing.txt | file", "/a.txt | file");
    }

    @Test
    void json_lines_records_are_named_by_line_and_bad_lines_are_broken_items() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"url\":\"https://example.org/a\",\"title\":\"Bridge opens\",\"text\":\"Body one.\",\"published\":\"2024-03-02T08:00:00Z\"}",
                "",
                "{\"title\":\"Page\",\"html\":\"<p>Hi</p>\",\"published\":\"2024-03-03\"}",
                "not json at all",
                "[1, 2]",
                "{\"title\":\"No body\"}",
                "{\"text\":\"First line is the headline.\\nThen the body.\",\"published\":\"last week\"}",
                ""));

        assertThat(render(file)).containsExactly(
                "/feed.jsonl:1 | text | Bridge opens | https://example.org/a | 2024-03-02 | Bridge opens\\n\\nBody one.",
                "/feed.jsonl:3 | html | Page | - | 2024-03-03 | <p>Hi</p>",
                "/feed.jsonl:4 | broken | not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "/feed.jsonl:5 | broken | not a JSON object",
                "/feed.jsonl:6 | broken | the record has neither \"text\" nor \"html\"",
                "/feed.jsonl:7 | text | - | - | - | First line is the headline.\\nThen the body.");
    }

    @Test
    void a_json_lines_record_over_the_size_limit_is_broken_and_reading_goes_on() throws IOException {
        Path file = write("big.jsonl", "{\"text\":\"" + "a".repeat(2_000) + "\"}\n{\"text\":\"small\"}\n");

        assertThat(render(file)).containsExactly(
                "/big.jsonl:1 | broken | record larger than the limit of 1000 bytes",
                "/big.jsonl:2 | text | - | - | - | small");
    }

    @Test
    void gzipped_json_lines_are_read_and_a_truncated_one_keeps_the_records_before_the_cut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            lines.append("{\"title\":\"Story ").append(i).append("\",\"text\":\"Body ").append(i).append(".\"}\n");
        }
        byte[] gz = TestCorpus.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path whole = write("whole.jsonl.gz", gz);
        Path cut = write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length - 20));

        assertThat(render(whole)).hasSize(200).last().asString().startsWith("/whole.jsonl.gz:200 | text | Story 200");
        List<String> partial = render(cut);
        assertThat(partial.get(0)).startsWith("/cut.jsonl.gz:1 | text | Story 1 |");
        assertThat(partial.get(partial.size() - 1))
                .matches("/cut\\.jsonl\\.gz:\\d+ \\| broken \\| corrupt or truncated gzip data; the rest of the file is lost");
        assertThat(partial.size()).isBetween(150, 201);
    }

    @Test
    void warc_html_responses_become_items_named_by_record_and_other_records_are_passed_over() throws IOException {
        String article = page("Harbour reopens", "The harbour reopened today.");
        byte[] warc = TestCorpus.concat(List.of(
                TestCorpus.warcinfo(),
                warcResponse("https://news.example/harbour", http("text/html; charset=utf-8", article)),
                warcResponse("https://news.example/logo.png", http("image/png", "PNG")),
                TestCorpus.warcRecord("request", "https://news.example/harbour", "application/http; msgtype=request",
                        "GET /harbour HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                warcResponse("https://news.example/broken", "this is not an HTTP message\r\n\r\n"),
                warcResponse("https://news.example/second", http("text/html", page("Second", "More news.")))));
        Path plain = write("crawl.warc", warc);

        List<String> lines = render(plain);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("/crawl.warc#record-2 | auto | - | https://news.example/harbour | - | " + article);
        assertThat(lines.get(1)).startsWith("/crawl.warc#record-5 | broken | bad HTTP response in the record: invalid HTTP")
                .doesNotContain("\r", "\n");
        assertThat(lines.get(2)).isEqualTo("/crawl.warc#record-6 | auto | - | https://news.example/second | - | "
                + page("Second", "More news."));
    }

    @Test
    void a_gzipped_warc_is_read_and_a_corrupt_record_header_ends_the_file_with_a_broken_item() throws IOException {
        byte[] good = warcResponse("https://news.example/a", http("text/html", page("A", "Body a.")));
        byte[] corrupt = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Path gz = write("crawl.warc.gz", TestCorpus.gzipEach(List.of(TestCorpus.warcinfo(), good, good)));
        Path bad = write("bad.warc", TestCorpus.concat(List.of(good, corrupt, good)));

        assertThat(render(gz)).extracting(line -> line.substring(0, line.indexOf(" | ")))
                .containsExactly("/crawl.warc.gz#record-2", "/crawl.warc.gz#record-3");
        List<String> lines = render(bad);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("/bad.warc#record-1 | auto |");
        assertThat(lines.get(1)).startsWith("/bad.warc#record-2 | broken | unreadable WARC record")
                .endsWith("the rest of the file is skipped");
    }

    @Test
    void containers_are_told_by_their_names() {
        assertThat(BatchInputs.kindOf(Path.of("a/feed.JSONL"))).isEqualTo(BatchInputs.Kind.JSON_LINES);
        assertThat(BatchInputs.kindOf(Path.of("feed.ndjson.gz"))).isEqualTo(BatchInputs.Kind.JSON_LINES);
        assertThat(BatchInputs.kindOf(Path.of("crawl.warc.gz"))).isEqualTo(BatchInputs.Kind.WARC);
        assertThat(BatchInputs.kindOf(Path.of("page.html.gz"))).isEqualTo(BatchInputs.Kind.FILE);
        assertThat(BatchInputs.kindOf(dir)).isEqualTo(BatchInputs.Kind.DIRECTORY);
        assertThat(InputFormat.AUTO.label()).isEqualTo("auto");
    }
}
