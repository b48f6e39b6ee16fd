package dev.herald.serve;

import dev.herald.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write, and the size limits, against real servers (each over a new empty store, so writes
 * change nothing the other tests read).
 */
@Tag("models")
class ServeSecurityTest {
    private static final String ARTICLE = "Ferry service resumes\n\n\"The crossing is safe again,\" said Elena Varas on Tuesday.\n";
    private static final String KEY = "k3y-for-tests-0123456789";

    @Test
    void with_a_key_writes_need_the_bearer_key() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0).withApiKey(KEY))) {
            HttpProbe.Answer none = s.http().post("/api/articles", ARTICLE);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.json().path("error").asText()).contains("Authorization: Bearer");
            assertThat(s.http().post("/api/articles", ARTICLE, "Authorization", "Bearer " + KEY + "x").status()).isEqualTo(401);
            assertThat(s.http().post("/api/articles", ARTICLE, "Authorization", "Basic " + KEY).status()).isEqualTo(401);
            assertThat(s.http().get("/api/stats").json().path("articles").asLong()).isZero();

            HttpProbe.Answer added = s.http().post("/api/articles", ARTICLE, "Authorization", "Bearer " + KEY);
            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json().path("status").asText()).isEqualTo("added");
            assertThat(added.json().has("duplicate_of")).isTrue();
            assertThat(added.json().path("duplicate_of").isNull()).isTrue();
            String id = added.json().path("id").asText();
            assertThat(s.http().get("/api/articles/" + id).json().path("title").asText()).isEqualTo("Ferry service resumes");

            HttpProbe.Answer again = s.http().post("/api/articles", ARTICLE, "Authorization", "Bearer " + KEY);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("status").asText()).isEqualTo("already_present");
            assertThat(s.http().get("/api/stats").json().path("articles").asLong()).isEqualTo(1);
        }
    }

    @Test
    void reads_stay_open_when_a_key_is_set() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0).withApiKey(KEY))) {
            assertThat(s.http().get("/api/search?q=ferry").status()).isEqualTo(200);
            assertThat(s.http().post("/api/analyze", ARTICLE).status()).isEqualTo(200);
        }
    }

    @Test
    void a_non_loopback_server_without_a_key_refuses_writes() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("0.0.0.0", 0))) {
            HttpProbe.Answer a = s.http().post("/api/articles", ARTICLE);
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.json().path("error").asText()).contains("--api-key-file");
            assertThat(s.http().get("/api/stats").json().path("articles").asLong()).isZero();
        }
    }

    @Test
    void a_write_from_another_sites_page_is_refused() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0))) {
            HttpProbe.Answer a = s.http().post("/api/articles", ARTICLE, "Origin", "https://evil.example");
            assertThat(a.status()).isEqualTo(403);
            assertThat(s.http().get("/api/stats").json().path("articles").asLong()).isZero();
        }
    }

    @Test
    void a_write_while_another_process_writes_the_store_is_409() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0));
             ArticleStore ingest = ArticleStore.openWriter(s.dir())) {
            HttpProbe.Answer a = s.http().post("/api/articles", ARTICLE);
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.json().path("error").asText()).contains("being written by another process");
            assertThat(ingest.stats().articles()).isZero();
        }
    }

    @Test
    void bodies_and_query_strings_above_the_limits_are_refused() throws Exception {
        try (ServeFixture.Scratch s = ServeFixture.get().scratch(ServeConfig.of("127.0.0.1", 0).withLimits(1000, 256))) {
            HttpProbe.Answer big = s.http().post("/api/analyze", "Headline\n\n" + "word ".repeat(400));
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().path("error").asText()).contains("1000 bytes");
            HttpProbe.Answer longQuery = s.http().get("/api/search?q=" + "a".repeat(300));
            assertThat(longQuery.status()).isEqualTo(414);
            assertThat(longQuery.json().path("status").asInt()).isEqualTo(414);
            assertThat(s.http().post("/api/analyze", "").status()).isEqualTo(400);
        }
    }
}
