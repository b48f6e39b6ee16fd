package dev.herald.clean.html;

import dev.herald.clean.Cleaned;
import dev.herald.clean.HtmlCleaner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages that break naive extractors: deep nesting, huge size, broken markup, no article at all. */
class RobustnessTest {
    private static final String STORY = "<p>The harbour authority said on Monday that the new quay would open in June, "
            + "two months later than planned, because of storm damage to the foundations.</p>"
            + "<p>Fishing crews have been landing their catch at a temporary pontoon since the winter storms.</p>";
    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void deeply_nested_page_is_read_without_stack_overflow() {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth) + STORY + "</div>".repeat(depth) + "</body></html>";

        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class,
                t -> assertThat(t.body()).contains("new quay would open in June"));
    }

    @Test
    void unclosed_and_misnested_tags_still_give_the_story() {
        String html = "<html><body><div class=nav><ul><li><a href=/>Home</a><li><a href=/news>News</a></div>"
                + "<article><h1>Quay delayed<p>The harbour authority said on Monday that the new quay would open in "
                + "June, two months later than planned, because of storm damage.<p>Fishing crews <b><i>have been</b></i>"
                + " landing their catch at a temporary pontoon since the winter storms.<div><span>still open";

        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class, t -> {
            assertThat(t.body()).contains("new quay would open in June")
                    .contains("have been landing their catch")
                    .doesNotContain("Home");
        });
    }

    @Tag("slow")
    @Test
    void ten_megabyte_page_is_cleaned() {
        StringBuilder html = new StringBuilder("<html><body><nav>");
        for (int i = 0; html.length() < 9_000_000; i++) {
            html.append("<li><a href=\"/story/").append(i).append("\">Another story number ").append(i)
                    .append(" in the long list of links</a></li>");
        }
        html.append("</nav><article>").append(STORY.repeat(20)).append("</article></body></html>");

        Cleaned cleaned = cleaner.clean(html.toString());

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class,
                t -> assertThat(t.body()).startsWith("The harbour authority").doesNotContain("Another story"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><script>var x = 'a long script that is not text at all, not even a little bit';</script></body></html>",
        "<html><body><nav><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>Sport</a></nav><footer>© 2024</footer></body></html>",
        "<html><body><p>Short note.</p></body></html>",
        "not html at all < > & ; <<<< >>>>"})
    void page_without_article_is_rejected_with_a_reason(String html) {
        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Rejected.class,
                r -> assertThat(r.reason()).startsWith("no article found: "));
    }

    @Test
    void amp_page_gives_its_story_without_amp_furniture() {
        String html = "<!doctype html><html amp lang=\"fr\"><head><meta charset=utf-8>"
                + "<link rel=canonical href=\"https://example.fr/article/quai\"><title>Le quai retardé</title></head>"
                + "<body><amp-sidebar id=menu><ul><li><a href=/>Accueil</a></li></ul></amp-sidebar>"
                + "<amp-consent id=consent><div>Nous utilisons des cookies pour améliorer votre expérience.</div></amp-consent>"
                + "<article><h1>Le quai retardé</h1><amp-img src=a.jpg width=1 height=1></amp-img>" + STORY
                + "<amp-ad type=doubleclick width=300 height=250><div>Publicité</div></amp-ad></article></body></html>";

        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class, t -> {
            assertThat(t.body()).startsWith("The harbour authority").doesNotContain("cookies", "Publicité", "Accueil");
            assertThat(t.metadata().language()).isEqualTo("fr");
            assertThat(t.metadata().url()).contains("https://example.fr/article/quai");
        });
    }

    @Test
    void broken_json_ld_is_ignored_and_other_metadata_used() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"Quay delayed\"></head><body><article>" + STORY
                + "</article></body></html>";

        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class,
                t -> assertThat(t.metadata().title()).contains("Quay delayed"));
    }

    @Test
    void print_page_without_furniture_gives_all_its_paragraphs() {
        String html = "<html><body onload=\"window.print()\"><h1>Quay delayed</h1>" + STORY + "</body></html>";

        Cleaned cleaned = cleaner.clean(html);

        assertThat(cleaned).isInstanceOfSatisfying(Cleaned.Text.class, t -> {
            assertThat(t.body().split("\n\n")).hasSize(2);
            assertThat(t.metadata().title()).contains("Quay delayed");
        });
    }
}
