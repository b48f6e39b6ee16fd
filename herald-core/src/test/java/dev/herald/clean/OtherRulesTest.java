package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OtherRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"(Image: Getty)", "Councillors voted late on Tuesday (Image: PA)",
            "The mayor at the town hall (AP Photo/Jane Doe)", "Image source, Getty Images",
            "Image caption, Councillors at the meeting", "Councillors at the meeting. Photograph: Jane Doe/Reuters",
            "Jane Doe/Getty Images", "Credit...Jane Doe for The Example Times", "Pictured: the town hall on Tuesday",
            "WATCH: Moment councillors walk out of meeting", "___", "* * *"})
    void captions_credits_embeds_and_separators_are_removed_as_other(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("other");
    }

    @Test
    void an_image_caption_heading_takes_the_caption_on_the_next_line() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, "Image caption,\nCouncillors at the meeting",
                Probe.CLOSING);

        assertThat(Probe.removed(text)).containsExactly("other: Image caption,", "other: Councillors at the meeting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weather: Snow to sweep across Scotland by Friday",
            "Snow warning as Britain braces for a week of freezing weather", "Martin Lewis issues urgent warning"})
    void a_short_headline_of_another_story_right_after_the_headline_is_a_teaser(String line) {
        assertThat(Probe.kindInLead(line)).isEqualTo("other");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Councillors approve budget cuts after a long debate",
            "The council met on Tuesday.",
            "Snow warning as Britain braces for a week of freezing weather, forecasters said, as temperatures fall",
    })
    void a_standfirst_about_the_same_story_or_a_sentence_after_the_headline_stays(String line) {
        assertThat(Probe.kindInLead(line)).isEqualTo("body");
    }

    @Test
    void a_teaser_shape_after_the_body_has_started_stays() {
        assertThat(Probe.kindInBody("Snow warning as Britain braces for a week of freezing weather")).isEqualTo("body");
    }

    @Test
    void the_headline_repeated_before_the_body_is_removed() {
        assertThat(Probe.kindInLead(Probe.HEADLINE.toUpperCase(java.util.Locale.ROOT))).isEqualTo("other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The photo was taken by a neighbour, police said.",
            "Picture the scene: thousands of fans queuing in the rain for tickets.",
            "Watch what happens next, the mayor told councillors."})
    void sentences_about_pictures_stay_in_the_body(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
