package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.TestArticles;
import dev.herald.entities.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.herald.entities.TestArticles.mentions;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class NamePatternsTest {
    private final NerCorrector corrector = new NerCorrector(Gazetteer.builtIn());

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        Ministers shelved the [Pemberton|PER] report last year.       => Pemberton report/OTHER
        Critics awaited the Ashdown inquiry with interest.            => Ashdown inquiry/ORGANIZATION
        She told the station's Morning Call programme it was wrong.   => Morning Call/OTHER
        The band, whose Quiet Streets album sold well, toured.        => Quiet Streets/OTHER
        He served as MP for Hallam Vale until this year.              => Hallam Vale/LOCATION
        She lost her Hallam Vale seat in the spring.                  => Hallam Vale/LOCATION
        Complaints reached ringtonewatch.co.uk within days.           => ringtonewatch.co.uk/ORGANIZATION
        The [London|LOC]-based firm grew.                             => London-based/OTHER
        She sang on her track Lluvia De Marzo last spring.            => Lluvia De Marzo/OTHER
        Doubts grew over a trial called Horizon at the clinic.        => Horizon/OTHER
        The firm still sells its Dormex and [Paxil|LOC] products.     => Dormex/OTHER
        The firm still sells its Dormex and [Paxil|LOC] products.     => Paxil/OTHER
        Users can try the Bull-Run website for a fee.                 => Bull-Run/ORGANIZATION
        He leads [FADE|LOC], an association that speaks for savers.    => FADE/ORGANIZATION
        The farm is run by [Tellaro|LOC], a subsidiary of a grain group. => Tellaro/ORGANIZATION
        She reports for Night Desk, a public radio network.            => Night Desk/ORGANIZATION
        They loved the Lady of the Lakes trilogy as children.          => Lady of the Lakes/OTHER
        He told the station's The Night Shift programme it was late.  => The Night Shift/OTHER
        One singer still leads the chart. Her name is Lola Venn.      => Lola Venn/PERSON
        """)
    void names_in_fixed_patterns_are_found(String text, String expected) {
        assertThat(mentions(corrector.apply(tagged(text)))).contains(expected);
    }

    @Test
    void titles_listed_after_a_work_are_works_and_formats_are_not_part_of_them() {
        String text = "He edited the Moon Quest DVD trilogy, Lost Harbour, The Tinkers and [Ada Bright|PER] at home.";
        assertThat(mentions(corrector.apply(tagged(text))))
                .containsExactly("Moon Quest/OTHER", "Lost Harbour/OTHER", "The Tinkers/OTHER", "Ada Bright/OTHER");
    }

    @Test
    void the_party_holding_a_seat_is_no_constituency() {
        String text = "He was elected in a safe [Labour|LOC] seat in 2001.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Labour/ORGANIZATION");
    }

    @Test
    void a_person_in_apposition_keeps_its_type() {
        String text = "They met [Ana Ruiz|PER], a union official, on Monday.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Ana Ruiz/PERSON");
    }

    @Test
    void a_person_after_a_work_noun_with_an_honorific_stays_a_person() {
        String text = "It was the report Mr Okafor wrote.";
        assertThat(mentions(corrector.apply(tagged(text)))).containsExactly("Mr Okafor/PERSON");
    }
}
