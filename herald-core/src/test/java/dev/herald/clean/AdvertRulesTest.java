package dev.herald.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AdvertRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "Advert", "Sponsored", "Sponsored content", "Ad Feedback",
            "Story continues below advertisement", "Continue reading the main story", "Promoted stories",
            "We may earn a commission from links on this page.", "Support independent journalism",
            "Become a subscriber", "Already a subscriber?"})
    void advert_markers_are_removed_as_advert(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("advert");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The advertisement was banned by the regulator on Friday after 40 complaints.",
            "Sponsored by the city, the festival drew 20,000 people over three days."})
    void sentences_about_adverts_stay_in_the_body(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
