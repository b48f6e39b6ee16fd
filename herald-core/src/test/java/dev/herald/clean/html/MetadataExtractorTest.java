package dev.herald.clean.html;

import dev.herald.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
        Quay delayed by storms | Harbour News               ; Harbour News ; Quay delayed by storms
        Harbour News - Quay delayed by storms               ; Harbour News ; Quay delayed by storms
        Quay delayed by storms | Local | Harbour News       ; Harbour News ; Quay delayed by storms | Local
        Why the quay is late: a long story about storms     ; Harbour News ; Why the quay is late: a long story about storms
        """)
    void site_name_is_removed_from_the_title(String title, String site, String expected) {
        assertThat(MetadataExtractor.withoutSiteSuffix(title, Optional.of(site), Optional.empty())).isEqualTo(expected);
    }

    @Test
    void metadata_falls_back_to_title_element_h1_and_url_date() {
        Document doc = Jsoup.parse("<html lang=\"de-AT\"><head><title>Kai verzögert sich | Hafenblatt</title>"
                + "<link rel=canonical href=\"https://hafenblatt.example.at/2021/07/14/kai\"></head>"
                + "<body><h1>Kai verzögert sich</h1><p>Text.</p></body></html>");

        Metadata m = extractor.extract(doc, JsonLd.of(doc));

        assertThat(m.title()).contains("Kai verzögert sich");
        assertThat(m.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2021-07-14"));
        assertThat(m.site()).contains("Hafenblatt");
        assertThat(m.url()).contains("https://hafenblatt.example.at/2021/07/14/kai");
        assertThat(m.language()).isEqualTo("de");
    }

    @Test
    void json_ld_graph_gives_headline_date_authors_and_publisher() {
        Document doc = Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Quay delayed\",\"datePublished\":\"2022-03-29T08:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Silva\"},{\"@type\":\"Organization\",\"name\":\"Harbour News\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"}}]}</script></head><body></body></html>");

        Metadata m = extractor.extract(doc, JsonLd.of(doc));

        assertThat(m.title()).contains("Quay delayed");
        assertThat(m.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-03-29"));
        assertThat(m.authors()).containsExactly("Ana Silva");
        assertThat(m.site()).contains("Harbour News");
    }

    @Test
    void utc_timestamp_yields_to_the_publishers_day_in_the_url() {
        Document doc = Jsoup.parse("<html><head><meta property=\"article:published_time\" content=\"2019-11-20T02:59:46Z\">"
                + "<link rel=canonical href=\"https://paper.example.com/2019/11/19/late-goal\"></head><body></body></html>");

        assertThat(extractor.extract(doc, JsonLd.of(doc)).published())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2019-11-19"));
    }
}
