package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", "\u00A0\n\u200B"})
    void input_without_text_is_rejected(String content) {
        assertThat(cleaner.clean(content)).isEqualTo(new Cleaned.Rejected("no text"));
    }

    @Test
    void a_headline_alone_is_rejected() {
        assertThat(cleaner.clean("\n  Council approves budget  \n\n")).isEqualTo(new Cleaned.Rejected("only a headline, no body"));
    }

    @Test
    void input_that_is_all_boilerplate_is_rejected_with_the_count() {
        assertThat(cleaner.clean("Council approves budget\n\nAdvertisement\n\nShare\n\nSource: Read Full Article"))
                .isEqualTo(new Cleaned.Rejected("no body text: all 3 lines after the headline are boilerplate"));
    }

    @Test
    void the_first_non_empty_line_is_the_title_and_not_part_of_the_body() {
        Cleaned.Text text = Probe.clean("\n\n  " + Probe.HEADLINE + "  ", Probe.OPENING);

        assertThat(text.metadata().title()).hasValue(Probe.HEADLINE);
        assertThat(text.body()).isEqualTo(Probe.OPENING);
    }

    @Test
    void every_line_is_a_paragraph_and_paragraphs_are_joined_by_one_blank_line() {
        Cleaned cleaned = cleaner.clean("Headline here\r\nFirst paragraph.\r\n\r\n\r\n  Second paragraph.  \rThird one.\n");

        assertThat(((Cleaned.Text) cleaned).body()).isEqualTo("First paragraph.\n\nSecond paragraph.\n\nThird one.");
    }

    @Test
    void lines_of_no_break_spaces_count_as_blank() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, "\u00A0\u00A0", Probe.OPENING);

        assertThat(text.body()).isEqualTo(Probe.OPENING);
        assertThat(text.boilerplate()).isEmpty();
    }

    @Test
    void boilerplate_keeps_the_input_order_across_kinds() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, "By Jane Doe", Probe.OPENING, "Advertisement", Probe.CLOSING,
                "Share", "Source: Read Full Article");

        assertThat(Probe.removed(text)).containsExactly("byline: By Jane Doe", "advert: Advertisement",
                "navigation: Share", "footer: Source: Read Full Article");
    }

    @Test
    void the_example_in_the_javadoc_holds() {
        Cleaned.Text text = (Cleaned.Text) cleaner.clean("Headline\n\nBy Jane Doe\n\nFirst paragraph.\n\nAdvertisement");

        assertThat(text.metadata().title()).hasValue("Headline");
        assertThat(text.body()).isEqualTo("First paragraph.");
        assertThat(Probe.removed(text)).containsExactly("byline: By Jane Doe", "advert: Advertisement");
    }

    @Test
    void other_rules_can_be_given() {
        TextRules rules = TextRules.parse("OTHER line Boring line", "test");
        Cleaned cleaned = new TextCleaner(rules).clean("Headline\n\nBoring line\n\nAdvertisement");

        assertThat(Probe.removed((Cleaned.Text) cleaned)).containsExactly("other: Boring line");
        assertThat(((Cleaned.Text) cleaned).body()).isEqualTo("Advertisement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A ", "Share ", "JANE DOE AND ", "Jane Doe, ", "Home > ", "“", "10:42 ", "Terms of use | "})
    void a_long_line_of_repeats_is_cleaned_quickly(String repeated) {
        for (String line : java.util.List.of(repeated.repeat(4_000), repeated.repeat(990 / repeated.length()))) {
            assertCleanedQuickly(line);
        }
    }

    private void assertCleanedQuickly(String line) {
        Cleaned cleaned = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> cleaner.clean(Probe.HEADLINE + "\n\n" + Probe.OPENING + "\n\n" + line));

        assertThat(cleaned).isInstanceOf(Cleaned.Text.class);
    }
}
