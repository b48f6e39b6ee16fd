package dev.herald.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.clean.Cleaned;
import dev.herald.clean.HtmlCleaner;
import dev.herald.clean.TextCleaner;
import dev.herald.model.ArticleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages written in the shapes of real news sites, each with the extraction expected beside it. */
class PageExtractorTest {
    private static final JsonMapper JSON = new JsonMapper();
    private final HtmlCleaner cleaner = new HtmlCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"bbc-shape", "guardian-shape", "wordpress-shape", "wire-shape", "tabloid-shape",
        "liveblog-shape", "same-article"})
    void page_gives_its_expected_article(String page) throws IOException {
        Cleaned cleaned = cleaner.clean(resource(page + ".html"));

        assertThat(cleaned).isInstanceOf(Cleaned.Text.class);
        JsonNode expected = JSON.readTree(resource(page + ".html.expected.json"));
        assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(render((Cleaned.Text) cleaned)))
                .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    @Test
    void html_and_text_versions_of_one_article_get_the_same_id() {
        Cleaned.Text html = (Cleaned.Text) cleaner.clean(resource("same-article.html"));
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(resource("same-article.txt"));

        assertThat(html.metadata().title()).isEqualTo(text.metadata().title());
        assertThat(ArticleId.of(html.metadata().title().orElseThrow(), html.body()))
                .isEqualTo(ArticleId.of(text.metadata().title().orElseThrow(), text.body()));
    }

    @Test
    void text_fixture_matches_its_expected_record() throws IOException {
        Cleaned.Text text = (Cleaned.Text) new TextCleaner().clean(resource("same-article.txt"));
        JsonNode expected = JSON.readTree(resource("same-article.txt.expected.json"));

        assertThat(text.metadata().title()).contains(expected.get("title").asText());
        assertThat(text.body()).isEqualTo(expected.get("text").asText());
    }

    /** {@return the cleaned article in the shape of the expected files} */
    static ObjectNode render(Cleaned.Text t) {
        ObjectNode r = JSON.createObjectNode();
        r.put("title", t.metadata().title().orElse(null));
        r.put("published", t.metadata().published().map(Object::toString).orElse(null));
        t.metadata().authors().forEach(r.putArray("authors")::add);
        if (!r.has("authors")) {
            r.putArray("authors");
        }
        r.put("site", t.metadata().site().orElse(null));
        r.put("url", t.metadata().url().orElse(null));
        r.put("language", t.metadata().language());
        r.put("text", t.body());
        var boilerplate = r.putArray("boilerplate");
        t.boilerplate().forEach(b -> boilerplate.addObject().put("kind", b.kind().name().toLowerCase(Locale.ROOT))
                .put("text", b.text()));
        var related = r.putArray("related");
        t.related().forEach(l -> related.addObject().put("title", l.title()).put("url", l.url().orElse(null)));
        return r;
    }

    static String resource(String name) {
        try (InputStream in = PageExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            assertThat(in).as("test resource pages/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
