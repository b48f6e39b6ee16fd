package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BylineRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "By JANE DOE and JOHN ROE Associated Press",
            "By Jane Doe, Political Correspondent", "By Jane Doe | Example News", "By SOPHIE LANG FOR EXAMPLEONLINE",
            "Jane Doe, Political Editor", "Published 10:03 BST, 29 March 2022", "Published",
            "Published: 10:03 BST, 29 March 2022 | Updated: 11:20 BST, 29 March 2022",
            "Updated March 29, 2022 4:15pm EDT", "Last modified on Tue 29 Mar 2022 20.05 BST", "29 March 2022",
            "Tue 29 Mar 2022 10.03 BST", "15 February", "2 hours ago", "(Reporting by Jane Doe; Editing by John Roe)",
            "Additional reporting by Jane Doe in Paris.", "Example Press writer Jane Doe contributed to this report.",
            "Jane Doe is a reporter for Example News Digital.", "Reporting from Mobile, Ala.", "29/03/2022",
            "2022-03-29 10:03"})
    void bylines_dates_and_credits_are_removed_as_byline(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("byline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:42 a.m. ET", "14.03 BST", "1.15pm", "9:05 p.m."})
    void live_blog_timestamps_on_their_own_line_are_removed_as_byline(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("byline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "Jane Doe in Brussels", "Diplomatic correspondent", "BBC News, San Francisco",
            "5 min read"})
    void names_desks_and_reading_times_before_the_body_are_removed_as_byline(String line) {
        assertThat(Probe.kindInLead(line)).isEqualTo("byline");
    }

    @Test
    void a_bare_name_after_the_body_has_started_stays() {
        assertThat(Probe.kindInBody("Jane Doe")).isEqualTo("body");
    }

    @Test
    void a_timestamp_opens_a_live_blog_entry_whose_byline_is_removed_too() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, "10:42 a.m. ET",
                "Council leader defends the cuts.\nJane Doe\nReporting from Ashby", Probe.CLOSING);

        assertThat(Probe.removed(text)).containsExactly("byline: 10:42 a.m. ET", "byline: Jane Doe",
                "byline: Reporting from Ashby");
        assertThat(text.body()).contains("Council leader defends the cuts.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Tuesday, the troops had withdrawn from the city.", "By contrast, exports rose 3%.",
            "Published in 2019, the report found that rents had doubled.",
            "The report was updated on Monday to include new figures.",
            "He contributed £5,000 to the campaign, records show.",
            "Reporting from the front line was dangerous, she said."})
    void body_sentences_that_start_like_bylines_stay(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
