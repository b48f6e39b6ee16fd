package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FooterRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Source: Read Full Article", "Source: Read the full story", "Source link",
            "Source: Example News", "Via: Example Wire",
            "Copyright 2022 The Example Press. All rights reserved.", "© 2022 Ashby Herald",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Our Standards: The Trust Principles.", "Terms and conditions | Privacy policy | Contact us",
            "View comments", "Comments 12", "Have your say",
            "Do you have a story for us? Email newsdesk@example.com",
            "This article was originally published on The Conversation."})
    void page_footers_are_removed_as_footer(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("footer");
    }

    @Test
    void a_footer_takes_every_line_after_it_each_with_its_own_kind() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, Probe.CLOSING, "Source: Read Full Article",
                "Share", "Council tax to rise by 3%");

        assertThat(Probe.removed(text)).containsExactly("footer: Source: Read Full Article", "navigation: Share",
                "footer: Council tax to rise by 3%");
    }

    @Test
    void a_footer_with_prose_after_it_removes_only_its_own_line() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, "Source: Read Full Article", Probe.CLOSING);

        assertThat(Probe.removed(text)).containsExactly("footer: Source: Read Full Article");
        assertThat(text.body()).endsWith(Probe.CLOSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright lawyers said the ruling would change how films are licensed.",
            "The source said the talks would resume next week.",
            "Sources said the full article would be published by the journal later this month.",
            "A source told the paper: “Read the full report before you judge us.”",
            "Source: a senior official said the plan would fail.", "Source: ‘He is finished’",
            "Comments made by the minister were taken out of context, her office said."})
    void sentences_mentioning_sources_or_copyright_stay_in_the_body(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
