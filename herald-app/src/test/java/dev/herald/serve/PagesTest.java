package dev.herald.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled templates, rendered from hand-built pages: what they show and that they escape it. */
class PagesTest {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    private String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }

    @Test
    void article_page_marks_the_text_escapes_it_and_shows_events_as_sentences() throws Exception {
        String html = render("article.jte", new ArticlePage(ArticleView.of(ArticleViewTest.record()),
                List.of(new ArticleRef("dup1", "Ships in port again", "2024-05-02"))));
        assertThat(html).contains("Ships &lt;i&gt;in&lt;/i&gt; port").doesNotContain("<i>in</i>")
                .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>")
                .contains("<q class=\"quote\" data-quote=\"Q1\">We will win,</q>")
                .contains("<a class=\"speaker\" href=\"/entity/ana%20silva%7CPERSON%7CPER\">Ana Silva</a>")
                .contains("<strong class=\"etype\">FIGHT</strong>")
                .contains("the rebels, 2024-04")
                .contains("<details class=\"boilerplate\">")
                .contains("href=\"/article/dup1\"")
                .doesNotContain("javascript:");
    }

    @Test
    void search_page_shows_snippet_matches_and_facet_links() {
        SearchPage page = new SearchPage("port", "relevance", List.of(), 1,
                List.of(new SearchPage.HitLine("a1", "T <script>", "2024-01-01", "", Snippet.of("the <b>port</b> &lt;script&gt;"), "")),
                List.of(new SearchPage.FacetGroup("speaker", "Speakers",
                        List.of(new SearchPage.FacetLink("Ana \"Silva\"", 2, SearchPage.href("port", List.of("speaker:Ana \"Silva\""), "relevance"))))),
                BarChart.months("per month", Map.of("2024-01", 1L, "2024-03", 2L), m -> "/?m=" + m), "", "");
        String html = render("search.jte", page);
        assertThat(html).contains("<mark>port</mark> &lt;script&gt;").doesNotContain("<script>")
                .contains("href=\"/?q=port&amp;f=speaker%3AAna+%22Silva%22\"")
                .contains("<rect");
    }
}
