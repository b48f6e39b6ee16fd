package dev.herald.clean;

import dev.herald.model.Boilerplate;
import dev.herald.model.RelatedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

    @Test
    void the_standard_rules_load_once_and_cover_every_kind() {
        TextRules rules = TextRules.standard();

        assertThat(TextRules.standard()).isSameAs(rules);
        assertThat(rules.rules()).extracting(TextRule::kind).contains(Boilerplate.Kind.values());
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.origin()).startsWith("text-rules.txt:"));
    }

    @Test
    void every_repeated_group_in_the_standard_rule_file_is_bounded() throws Exception {
        String file;
        try (var in = TextRules.class.getResourceAsStream(TextRules.STANDARD_RESOURCE)) {
            file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(file.lines().filter(l -> !l.startsWith("#"))
                .filter(l -> java.util.regex.Pattern.compile("\\)(?:[*+]|\\{\\d+,})").matcher(l).find()))
                .as("rules with an unbounded group (a stack overflow on long lines)").isEmpty();
    }

    @Test
    void definitions_are_inserted_where_they_are_named() {
        TextRules rules = TextRules.parse("""
                # a comment
                define WHO (?:Jane|John) Doe
                BYLINE line By {{WHO}}
                """, "test");

        assertThat(rules.rules()).singleElement().satisfies(r -> {
            assertThat(r.matches("By Jane Doe")).isTrue();
            assertThat(r.matches("By Jim Doe")).isFalse();
            assertThat(r.origin()).isEqualTo("test:3");
        });
    }

    @Test
    void the_first_matching_rule_in_file_order_decides() {
        TextRules rules = TextRules.parse("ADVERT line Share\nNAVIGATION line Share", "test");

        assertThat(rules.first("Share", r -> true)).map(TextRule::kind).hasValue(Boilerplate.Kind.ADVERT);
        assertThat(rules.first("Share", r -> r.kind() != Boilerplate.Kind.ADVERT)).map(TextRule::kind)
                .hasValue(Boilerplate.Kind.NAVIGATION);
    }

    @Test
    void a_line_rule_matches_whole_lines_and_a_paragraph_rule_anywhere() {
        TextRules rules = TextRules.parse("CONSENT line cookies\nOTHER paragraph cookies", "test");

        assertThat(rules.first("cookies", r -> true)).map(TextRule::kind).hasValue(Boilerplate.Kind.CONSENT);
        assertThat(rules.first("We use cookies here", r -> true)).map(TextRule::kind).hasValue(Boilerplate.Kind.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mayor quits after row [UPDATE]  | Mayor quits after row | UPDATE
            Mayor quits after row [BEST BUYS] | Mayor quits after row | BEST BUYS
            Mayor quits after row (VIDEO)   | Mayor quits after row | VIDEO
            Mayor quits after row           | Mayor quits after row |
            [UPDATE]                        | [UPDATE]              |
            """)
    void a_related_headline_is_split_into_title_and_label(String headline, String title, String label) {
        assertThat(TextRules.standard().related(headline))
                .isEqualTo(new RelatedLink(title, Optional.ofNullable(label), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BYLINE  line                      | test:1: expected 'KIND SCOPE REGEX'
            ADVERTS line x                    | test:1: unknown kind 'ADVERTS'; use one of
            ADVERT  lines x                   | test:1: unknown scope 'lines'; use one of line, paragraph, lead
            ADVERT  line (unclosed            | test:1: bad pattern: Unclosed group
            ADVERT  line {{NOPE}}             | test:1: {{NOPE}} is used before it is defined
            OTHER   label \\[(?<tag>.+)\\]    | test:1: a label rule must be of kind RELATED
            RELATED label \\[(.+)\\]          | test:1: a label rule needs a group (?<label>...)
            define  lower x                   | test:1: a definition's name is upper case
            """)
    void a_mistake_in_a_rule_file_names_the_line_and_the_fix(String line, String message) {
        assertThatThrownBy(() -> TextRules.parse(line, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void a_name_defined_twice_is_refused() {
        assertThatThrownBy(() -> TextRules.parse("define A x\ndefine A y", "test"))
                .hasMessage("test:2: 'A' is defined twice");
    }
}
