package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers kept by the server stay true after a write, and reads answer while the models load; over
 * real servers on new empty stores with the real analyzer.
 */
@Tag("models")
class ServeFreshnessTest {
    private static final String FIRST = "Ferry crossing reopens\n\n\"The crossing is safe again,\" said Elena Varas,"
            + " the harbour master of Puerto Lenz, on Tuesday.\n";
    private static final String SECOND = "Ferry fares to rise\n\nElena Varas warned on Friday that ferry fares would rise."
            + " \"Fuel costs twice what it did,\" said Elena Varas.\n";

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void kept_answers_change_when_an_article_is_added() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0))) {
            HttpProbe http = s.http();
            assertThat(http.get("/api/stats").json().path("articles").asLong()).isZero();
            assertThat(http.get("/api/search?q=ferry").json().path("total").asLong()).isZero();
            assertThat(http.get("/api/entities?q=varas").json().path("entities")).isEmpty();

            assertThat(http.post("/api/articles?date=2024-04-02", FIRST).status()).isEqualTo(201);
            assertThat(http.get("/api/stats").json().path("articles").asLong()).isEqualTo(1);
            assertThat(http.get("/api/search?q=ferry").json().path("total").asLong()).isEqualTo(1);
            JsonNode listed = http.get("/api/entities?q=varas").json().path("entities");
            assertThat(listed).hasSize(1);
            String key = listed.get(0).path("key").asText();
            assertThat(key).startsWith("elena varas|PERSON|");
            assertThat(listed.get(0).path("name").asText()).as("the display name, not the key's").isEqualTo("Elena Varas");
            String profile = "/api/entities/" + enc(key);
            assertThat(http.get(profile).json().path("articles").asLong()).isEqualTo(1);

            assertThat(http.post("/api/articles?date=2024-04-05", SECOND).status()).isEqualTo(201);
            assertThat(http.get("/api/search?q=ferry").json().path("total").asLong()).isEqualTo(2);
            assertThat(http.get("/api/entities?q=varas").json().path("entities").get(0).path("articles").asLong()).isEqualTo(2);
            JsonNode after = http.get(profile).json();
            assertThat(after.path("articles").asLong()).isEqualTo(2);
            List<String> quotes = new ArrayList<>();
            after.path("quotes").forEach(q -> quotes.add(q.path("text").asText()));
            assertThat(quotes).contains("Fuel costs twice what it did,", "The crossing is safe again,");
            assertThat(after.path("quotes").get(0).path("article").path("published").asText()).isEqualTo("2024-04-05");
            assertThat(after.path("timeline").has("2024-04")).isTrue();
        }
    }

    @Test
    void reads_answer_while_the_models_load_and_analyze_is_503_until_they_are_ready() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SharedAnalyzer loading = SharedAnalyzer.lazily(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ServeFixture.get().models;
        });
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0), loading)) {
            HttpProbe http = s.http();
            assertThat(http.get("/healthz").json().path("analyzer").asText()).isEqualTo("idle");
            HttpProbe.Answer early = http.post("/api/analyze", FIRST);
            assertThat(early.status()).isEqualTo(503);
            assertThat(early.header("Retry-After")).isEqualTo(String.valueOf(SharedAnalyzer.RETRY_AFTER_SECONDS));
            assertThat(early.json().path("error").asText()).contains("loading");
            assertThat(http.post("/api/articles", FIRST).status()).isEqualTo(503);
            assertThat(http.get("/healthz").json().path("analyzer").asText()).isEqualTo("loading");
            assertThat(http.get("/api/search?q=ferry").status()).isEqualTo(200);
            assertThat(http.get("/api/stats").json().path("articles").asLong()).isZero();

            release.countDown();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!http.get("/healthz").json().path("analyzer").asText().equals("ready") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(http.get("/healthz").json().path("analyzer").asText()).isEqualTo("ready");
            assertThat(http.post("/api/analyze", FIRST).status()).isEqualTo(200);
        }
    }
}
