package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code herald analyze} over a corpus with broken files mixed in, and {@code herald bench}: every
 * good article comes out, every bad input is reported once, and the batch finishes.
 */
class BatchCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private static String story(String headline, String place, String person) {
        return headline + "\n\n"
                + "Councillors in " + place + " voted for the new tram line on Tuesday, " + person + " said.\n\n"
                + "\u201cIt is a good day for the city,\u201d " + person + " told the meeting.\n";
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + " The decision was taken after a long public consultation in the spring.</p>"
                + "<p>Local residents had campaigned for the change for more than three years, and many of them"
                + " attended the meeting in the town hall to hear the result.</p>"
                + "<p>More details of the plan will be published next month, officials said on Friday.</p>"
                + "</article></body></html>";
    }

    private static String httpResponse(String contentType, String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static byte[] warcRecord(int n, String uri, String http) {
        byte[] block = http.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + n
                + ">\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        record.writeBytes(block);
        record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return gzip(record.toByteArray());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }

    /** Writes the corpus; {@return the titles of its good articles} */
    private List<String> brokenCorpus() throws IOException {
        List<String> titles = new ArrayList<>();
        Files.createDirectories(dir.resolve("corpus/news"));
        for (String[] s : new String[][]{{"Tram line approved", "Leeds", "Maria Okafor"},
                {"Bus lanes extended", "Cardiff", "Tom Reilly"}, {"Cycle route opens", "Glasgow", "Aisha Khan"}}) {
            Files.writeString(dir.resolve("corpus/news/" + s[1].toLowerCase() + ".txt"), story(s[0], s[1], s[2]));
            titles.add(s[0]);
        }
        Files.writeString(dir.resolve("corpus/news/ferry.html"), page("Ferry returns", "The ferry to Mull is back, CalMac said."));
        titles.add("Ferry returns");
        Files.write(dir.resolve("corpus/news/station.txt.gz"),
                gzip(story("Station reopens", "Norwich", "Peter Hall").getBytes(StandardCharsets.UTF_8)));
        titles.add("Station reopens");
        byte[] latin = story("Café prices rise", "York", "Lena Fischer").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("corpus/news/cafe-latin1.txt"), latin);
        titles.add("Café prices rise");
        Files.writeString(dir.resolve("corpus/feed.jsonl"), String.join("\n",
                "{\"title\":\"Harbour dredged\",\"text\":\"The harbour in Dundee was dredged, Callum Ross said.\",\"url\":\"https://n.example/1\"}",
                "{\"title\": \"Broken record\", \"text\": ",
                "{\"title\":\"Bridge repaired\",\"html\":\"" + page("Bridge repaired", "The bridge in Bath is open again.").replace("\"", "\\\"") + "\"}",
                ""));
        titles.addAll(List.of("Harbour dredged", "Bridge repaired"));
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(warcRecord(1, "https://n.example/park", httpResponse("text/html", page("Park saved", "The park in Derby will stay open."))));
        warc.writeBytes(warcRecord(2, "https://n.example/bad", "this is no HTTP message\r\n\r\n"));
        warc.writeBytes(warcRecord(3, "https://n.example/pool", httpResponse("text/html; charset=utf-8", page("Pool reopens", "The pool in Hull reopened."))));
        Files.write(dir.resolve("corpus/crawl.warc.gz"), warc.toByteArray());
        titles.addAll(List.of("Park saved", "Pool reopens"));

        Files.write(dir.resolve("corpus/news/empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(dir.resolve("corpus/news/photo.jpg"), binary);
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Files.write(dir.resolve("corpus/news/huge.txt"), huge);
        byte[] gz = gzip(story("Lost story", "Hull", "Anna Berg").repeat(20).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("corpus/news/truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        return titles;
    }

    @Test
    @Tag("models")
    void a_corpus_with_broken_files_finishes_with_every_good_article_out_and_every_bad_one_reported() throws IOException {
        List<String> titles = brokenCorpus();
        Path failures = dir.resolve("failures.jsonl");

        int status = HeraldCli.run("analyze", "--profile", "fast", "--format", "jsonl", "--threads", "2", "--failures", failures.toString(),
                "--no-progress", dir.resolve("corpus").toString());

        assertThat(status).isEqualTo(1);
        ObjectMapper json = new ObjectMapper();
        List<String> printed = new ArrayList<>();
        for (String line : streams.stdout().strip().split("\n")) {
            printed.add(json.readTree(line).get("title").asText());
        }
        assertThat(printed).containsExactlyInAnyOrderElementsOf(titles);
        String corpus = dir.resolve("corpus").toString();
        List<String> expected = List.of(
                corpus + "/crawl.warc.gz#record-2: bad HTTP response in the record",
                corpus + "/feed.jsonl:2: not JSON",
                corpus + "/news/empty.txt: empty file",
                corpus + "/news/huge.txt: larger than the limit of 10485760 bytes",
                corpus + "/news/photo.jpg: binary content, not text or HTML",
                corpus + "/news/truncated.txt.gz: corrupt or truncated gzip data");
        List<String> reported = streams.stderr().lines().filter(l -> l.startsWith("herald: ")).toList();
        assertThat(reported).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(reported.get(i)).startsWith("herald: " + expected.get(i));
        }
        List<String> logged = Files.readAllLines(failures);
        assertThat(logged).hasSize(expected.size());
        JsonNode first = json.readTree(logged.get(0));
        assertThat(first.get("source").asText()).isEqualTo(corpus + "/crawl.warc.gz#record-2");
        assertThat(first.get("reason").asText()).startsWith("bad HTTP response in the record");
    }

    @Test
    @Tag("models")
    void bench_measures_a_small_corpus_and_ends_with_the_rate() throws IOException {
        Files.createDirectories(dir.resolve("bench"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("bench/" + i + ".txt"), story("Tram line " + i, "Leeds", "Maria Okafor"));
        }

        int status = HeraldCli.run("bench", "--corpus", dir.resolve("bench").toString(), "--threads", "2", "--warmup", "1");

        assertThat(status).isZero();
        List<String> lines = streams.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("herald bench: 4 articles from ").endsWith(", profile fast, 2 threads");
        assertThat(lines).anyMatch(l -> l.startsWith("start-up: ") && l.contains(" s from JVM start to the first record"));
        assertThat(lines).anyMatch(l -> l.matches("herald: 4 articles \\(0 failed\\) in .* articles/s, .* tokens/s; heap peak .*"));
        assertThat(lines.get(lines.size() - 1)).matches("herald \\d+\\.\\d articles/s");
    }

    @Test
    void bad_batch_options_are_bad_usage() {
        assertThat(HeraldCli.run("analyze", "--threads", "0", "x.txt")).isEqualTo(2);
        assertThat(HeraldCli.run("analyze", "--timeout", "soon", "x.txt")).isEqualTo(2);
        assertThat(HeraldCli.run("bench", "--corpus", dir.toString(), "--baseline", "spacy")).isEqualTo(2);
        assertThat(HeraldCli.run("bench")).isEqualTo(2);
    }
}
