package dev.herald.entities.mentions;

import dev.herald.entities.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.herald.entities.TestArticles.analyzed;
import static dev.herald.entities.TestArticles.entity;
import static dev.herald.entities.TestArticles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

class AcronymsTest {

    @Test
    void letters_are_the_capitals_of_the_words_joining_words_skipped_or_counted() {
        assertThat(Acronyms.shortens("QCA", "Qualifications and Curriculum Authority")).isTrue();
        assertThat(Acronyms.shortens("NUT", "National Union of Teachers")).isTrue();
        assertThat(Acronyms.shortens("U.N.", "United Nations")).isTrue();
        assertThat(Acronyms.shortens("AT&T", "American Telephone and Telegraph")).isTrue();
        assertThat(Acronyms.shortens("NUT", "National Union")).isFalse();
        assertThat(Acronyms.shortens("QC", "Quebec")).isFalse();
        assertThat(Acronyms.shortens("PM", "prime minister")).isFalse();
    }

    @Test
    void acronyms_are_short_runs_of_capitals() {
        assertThat(Acronyms.isAcronym("QCA")).isTrue();
        assertThat(Acronyms.isAcronym("U.N.")).isTrue();
        assertThat(Acronyms.isAcronym("Nato")).isFalse();
        assertThat(Acronyms.isAcronym("A")).isFalse();
    }

    /** The second row's letters shorten no name: they come from another language's words, as "FIS" does. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        The [Harbour Safety Board|ORG] ( [HSB|ORG] ) met on Monday. The [HSB|ORG] said so.  => HSB
        The [Harbour Safety Board|ORG] ([CSP|ORG]) met the [Quay Union|ORG]. The [CSP|ORG] said so. => CSP
        The [Harbour Safety Board|ORG] ([Harbsafe|ORG]) met the [Quay Union|ORG]. The [Harbsafe|ORG] said so. => Harbsafe
        """)
    void an_acronym_joins_the_body_it_shortens_or_follows_in_brackets(String text, String acronym) {
        assertThat(entity(analyzed(tagged(text)), "Harbour Safety Board")).isEqualTo(
                "Harbour Safety Board ORGANIZATION - -: Harbour Safety Board, " + acronym + ", " + acronym);
    }

    @Test
    void an_acronym_two_bodies_could_shorten_joins_neither() {
        var a = analyzed(tagged("The [Harbour Safety Board|ORG] and the [Highland Sheep Bureau|ORG] disagree. "
                + "The [HSB|ORG] said so."));
        assertThat(entity(a, "HSB")).isEqualTo("HSB ORGANIZATION - -: HSB");
    }

    @Test
    void an_acronym_of_another_type_stays_apart() {
        var a = analyzed(tagged("[Harbour Safety Board|ORG] staff met. The [HSB|MISC] rules apply."));
        assertThat(entity(a, "HSB")).startsWith("HSB OTHER");
    }
}
