package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Share", "Share this article", "Facebook Twitter WhatsApp Email", "Share on Facebook",
            "Copy link", "Follow us on Twitter", "Follow us on Facebook and Twitter for the latest news.",
            "Follow Jane Doe on Twitter @janedoe.", "Follow our coverage of the election at https://example.com/vote",
            "Click here to get the app", "CLICK HERE TO GET THE EXAMPLE NEWS APP", "To watch the video, click here.",
            "Read the rest here.", "Read the full statement here", "Skip to content", "Back to top",
            "Home > News > World", "Home | UK | Politics", "https://example.com/news/story-123", "Reuse this content",
            "Loading..."})
    void share_follow_and_page_chrome_are_removed_as_navigation(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("navigation");
    }

    @Test
    void a_topic_list_goes_with_its_heading() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, Probe.CLOSING, "Related Topics",
                "Local government", "Budgets");

        assertThat(Probe.removed(text)).containsExactly("navigation: Related Topics", "navigation: Local government",
                "navigation: Budgets");
        assertThat(text.related()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Supporters were urged to click here and there on the website, the report said.",
            "She will follow the talks on Twitter and on television, she said.",
            "Follow the money, the detective told reporters.",
            "Readers can share their stories with the council until Friday."})
    void sentences_about_clicking_following_or_sharing_stay_in_the_body(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
