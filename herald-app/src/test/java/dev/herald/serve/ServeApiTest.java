package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API of {@code herald serve}, over HTTP against a real server and a real store of the fixture articles. */
@Tag("models")
class ServeApiTest {
    private static HttpProbe http;

    @BeforeAll
    static void start() {
        http = new HttpProbe(ServeFixture.get().baseUrl);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void healthz_answers_ok() {
        HttpProbe.Answer a = http.get("/healthz");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("status").asText()).isEqualTo("ok");
        assertThat(a.json().path("analyzer").asText()).isEqualTo("ready");
    }

    @Test
    void search_gives_the_search_json_with_facets_and_leaves_duplicates_out() {
        HttpProbe.Answer a = http.get("/api/search?q=" + enc("speaker:Quillan") + "&facets=true&sort=date");
        assertThat(a.status()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(values(r.path("hits"), "published")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(values(r.path("facets").path("speaker"), "value")).contains("Marta Quillan");
        assertThat(r.path("facets").has("month")).isTrue();
        JsonNode all = http.get("/api/search?q=Valparaiso&limit=50").json();
        assertThat(values(all.path("hits"), "title")).contains("Dock workers in Valparaiso walk out over night shifts")
                .doesNotContain("Valparaiso dockers strike over night shifts");
    }

    @Test
    void a_query_that_does_not_parse_is_a_400_with_the_parsers_message() {
        HttpProbe.Answer a = http.get("/api/search?q=" + enc("speaker:(Quillan"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("status").asInt()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).startsWith("the query does not parse at column ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() {
        assertThat(http.get("/api/search?q=port&limit=lots").json().path("error").asText()).contains("'limit'");
        assertThat(http.get("/api/search?q=port&sort=size").status()).isEqualTo(400);
        assertThat(http.get("/api/quotes?from=March").json().path("error").asText()).contains("'from'");
    }

    @Test
    void an_article_is_its_stored_record_and_an_unknown_id_is_404() {
        String id = http.get("/api/search?q=rail").json().path("hits").get(0).path("id").asText();
        HttpProbe.Answer a = http.get("/api/articles/" + id);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("schema").asText()).isEqualTo("herald.article/1");
        assertThat(a.json().path("title").asText()).isEqualTo("Minister promises new rail line to relieve the ports");
        HttpProbe.Answer missing = http.get("/api/articles/0000000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").asText()).contains("0000000000000000");
    }

    @Test
    void unknown_endpoints_are_json_404s() {
        HttpProbe.Answer a = http.get("/api/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void entities_are_listed_by_key_with_article_counts_and_filtered() {
        JsonNode people = http.get("/api/entities?type=PERSON&q=quillan").json().path("entities");
        assertThat(people).isNotEmpty();
        JsonNode quillan = people.get(0);
        assertThat(quillan.path("key").asText()).startsWith("marta quillan|PERSON|");
        assertThat(quillan.path("name").asText()).isEqualTo("Marta Quillan");
        assertThat(quillan.path("articles").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(values(http.get("/api/entities?type=LOCATION").json().path("entities"), "type")).containsOnly("LOCATION");
    }

    @Test
    void an_entity_has_its_timeline_quotes_and_companions() {
        String key = http.get("/api/entities?type=PERSON&q=quillan").json().path("entities").get(0).path("key").asText();
        JsonNode e = http.get("/api/entities/" + enc(key).replace("+", "%20")).json();
        assertThat(e.path("name").asText()).isEqualTo("Marta Quillan");
        assertThat(e.path("type").asText()).isEqualTo("PERSON");
        assertThat(e.path("timeline").has("2024-01")).isTrue();
        assertThat(e.path("timeline").has("2024-03")).isTrue();
        assertThat(values(e.path("quotes"), "text")).contains("The road to the ports is full, and the answer is rail,");
        JsonNode first = e.path("quotes").get(0).path("article");
        assertThat(first.path("published").asText()).isEqualTo("2024-03-05");
        assertThat(values(e.path("appears_with"), "name")).contains("Valparaiso");
        assertThat(http.get("/api/entities/" + enc("nobody|PERSON|-")).status()).isEqualTo(404);
    }

    @Test
    void quotes_are_found_by_speaker_words_and_dates() {
        JsonNode q = http.get("/api/quotes?speaker=Quillan&from=2024-02-01&to=2024-02-29").json().path("quotes");
        assertThat(values(q, "text")).containsExactly("Nobody got everything they wanted, but the ships are moving again,");
        assertThat(q.get(0).path("article").path("published").asText()).isEqualTo("2024-02-20");
        JsonNode byWords = http.get("/api/quotes?q=roster").json().path("quotes");
        assertThat(values(byWords, "speaker")).contains("Rodrigo Salinas");
    }

    @Test
    void stats_count_the_store() {
        JsonNode s = http.get("/api/stats").json();
        assertThat(s.path("articles").asLong()).isEqualTo(ServeFixture.articles().size());
        assertThat(s.path("duplicates").asLong()).isEqualTo(1);
        assertThat(s.path("quotes").asLong()).isPositive();
    }

    @Test
    void analyze_gives_the_record_and_stores_nothing() {
        long before = http.get("/api/stats").json().path("articles").asLong();
        HttpProbe.Answer a = http.post("/api/analyze?date=2024-04-02",
                "Ferry service resumes\n\n\"The crossing is safe again,\" said Elena Varas on Tuesday.\n");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("published").asText()).isEqualTo("2024-04-02");
        assertThat(values(a.json().path("quotes"), "text")).contains("The crossing is safe again,");
        assertThat(http.get("/api/stats").json().path("articles").asLong()).isEqualTo(before);
    }

    @Test
    void no_cors_header_and_a_strict_content_policy() {
        HttpProbe.Answer a = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServeFixture.get().baseUrl + "/api/stats"))
                .header("Origin", "https://elsewhere.example"));
        assertThat(a.header("Access-Control-Allow-Origin")).isNull();
        assertThat(a.header("Content-Security-Policy")).contains("script-src 'self'");
    }
}
