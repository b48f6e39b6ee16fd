package dev.herald.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"DON’T MISS:", "DON'T MISS", "Don't miss", "READ MORE:", "Read more", "RELATED:",
            "Related articles", "MORE ON THIS STORY", "More on this story", "See also", "You may also like",
            "Most read", "Recommended"})
    void a_list_heading_takes_the_headlines_of_its_block(String heading) {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING,
                heading + "\nMayor quits after row over parking fines [UPDATE]\nLibrary to open on Sundays",
                Probe.CLOSING);

        assertThat(Probe.removed(text)).containsExactly("related: " + heading,
                "related: Mayor quits after row over parking fines [UPDATE]", "related: Library to open on Sundays");
        assertThat(Probe.related(text)).containsExactly("Mayor quits after row over parking fines [UPDATE]",
                "Library to open on Sundays");
        assertThat(text.body()).isEqualTo(Probe.OPENING + "\n\n" + Probe.CLOSING);
    }

    @Test
    void a_heading_alone_in_its_block_takes_the_headlines_of_the_next_blocks_until_prose() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, "READ MORE", "Mayor quits after row",
                "Library to open on Sundays", Probe.CLOSING);

        assertThat(Probe.related(text)).containsExactly("Mayor quits after row", "Library to open on Sundays");
        assertThat(text.body()).isEqualTo(Probe.OPENING + "\n\n" + Probe.CLOSING);
    }

    @Test
    void a_list_stops_at_the_first_line_that_is_not_a_headline() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING,
                "DON'T MISS:\nMayor quits after row [UPDATE]\nThe council will meet again on Monday.", Probe.CLOSING);

        assertThat(Probe.related(text)).containsExactly("Mayor quits after row [UPDATE]");
        assertThat(text.body()).contains("The council will meet again on Monday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ MORE: Mayor quits after row over parking fines [UPDATE]",
            "Read more: Mayor quits after row over parking fines [UPDATE]",
            "RELATED: Mayor quits after row over parking fines [UPDATE]",
            "MORE: Mayor quits after row over parking fines [UPDATE]",
            "Mayor quits after row over parking fines [UPDATE]",
            "Mayor quits after row over parking fines (VIDEO)"})
    void a_headline_on_its_own_line_or_after_its_heading_is_related_with_its_label(String line) {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, line, Probe.CLOSING);

        assertThat(Probe.removed(text)).containsExactly("related: " + line);
        assertThat(text.related()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Mayor quits after row over parking fines");
            assertThat(r.label()).hasValueSatisfying(l -> assertThat(l).isIn("UPDATE", "VIDEO"));
        });
    }

    @Test
    void a_bulleted_list_loses_its_bullets_in_the_related_titles() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING,
                "Related stories\n• Mayor quits after row [UPDATE]\n- Library to open on Sundays", Probe.CLOSING);

        assertThat(Probe.related(text)).containsExactly("Mayor quits after row [UPDATE]", "Library to open on Sundays");
        assertThat(Probe.removed(text)).contains("related: • Mayor quits after row [UPDATE]");
    }

    @Test
    void a_question_headline_with_a_label_is_related() {
        Cleaned.Text text = Probe.clean(Probe.HEADLINE, Probe.OPENING, "Will the mayor survive the vote? [ANALYSIS]",
                Probe.CLOSING);

        assertThat(Probe.related(text)).containsExactly("Will the mayor survive the vote? [ANALYSIS]");
    }

    @Test
    void a_headline_in_capitals_linked_inside_the_body_is_related() {
        assertThat(Probe.kindInBody("MAYOR QUITS AFTER ROW OVER PARKING FINES")).isEqualTo("related");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Read more about the plan on page 4 of the council's report, a spokesman said.",
            "More than 300 people attended the meeting.",
            "Related charges against two other men were dropped last year.",
            "The report said sales rose [by 4%] in the year to March.",
            "One poll shows the mayor 16 points ahead in the north of the city. [ARG]",
            "“DIVISIVE, STUPID AND WRONG” SAYS MAYOR",
            "NATO",
            "Also: the plan to close two libraries was dropped.",
    })
    void body_lines_that_only_look_related_stay(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
