package dev.herald.dates;

import dev.herald.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateWordsTest {

    private static final Lexicon NO_MONTHS = Lexicon.parse("empty.txt", List.of());

    @Test
    void lines_are_read_by_kind_and_key() {
        DateWords words = DateWords.parse(List.of("# comment", "", "weekday 3: Wednesday, Wed", "weekday 3: Wed."), NO_MONTHS);
        assertThat(words.of("weekday", "3")).containsExactly("Wednesday", "Wed", "Wed.");
        assertThat(words.numberedWords("weekday")).containsEntry("wednesday", 3).containsEntry("wed", 3);
        assertThat(words.of("weekday", "4")).isEmpty();
    }

    @Test
    void a_malformed_line_is_reported_with_its_number() {
        assertThatThrownBy(() -> DateWords.parse(List.of("weekday 3: Wednesday", "no colon here"), NO_MONTHS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void months_come_from_the_shared_lexicon_and_not_from_the_file() {
        Lexicon shared = Lexicon.parse("shared.txt", List.of("month 3: March, Mar"));
        DateWords words = DateWords.parse(List.of("weekday 1: Monday"), shared);
        assertThat(words.of("month", "3")).containsExactly("March", "Mar");
        assertThat(words.numberedWords("month")).containsEntry("march", 3).containsEntry("mar", 3);
        assertThat(words.all("month")).containsExactly("March", "Mar");
        assertThatThrownBy(() -> DateWords.parse(List.of("month 3: March"), shared))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shared lexicon");
    }

    @Test
    void the_bundled_list_has_every_month_and_weekday() {
        DateWords words = DateWords.load(Lexicon.bundled());
        assertThat(words.byKey("month")).hasSize(12);
        assertThat(words.byKey("weekday")).hasSize(7);
        assertThat(words.of("context", "month")).contains("in", "since", "until", "by");
        assertThat(words.of("context", "year")).contains("in", "since", "until", "by");
    }
}
