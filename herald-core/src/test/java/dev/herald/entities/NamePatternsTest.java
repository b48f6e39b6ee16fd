package dev.herald.entities;

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
        Complaints reached ringtonewatch.co.uk within days.           => ringtonewatch.co.uk/ORGANIZATION
        The [London|LOC]-based firm grew.                             => London-based/OTHER
        """)
    void names_in_fixed_patterns_are_found(String text, String expected) {
        assertThat(mentions(corrector.apply(tagged(text)))).contains(expected);
    }
}
