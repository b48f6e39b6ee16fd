package dev.herald.dates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateWordsTest {

    @Test
    void lines_are_read_by_kind_and_key() {
        DateWords words = DateWords.parse(List.of("# comment", "", "month 3: March, Mar", "month 3: Mar."));
        assertThat(words.of("month", "3")).containsExactly("March", "Mar", "Mar.");
        assertThat(words.numberedWords("month")).containsEntry("march", 3).containsEntry("mar", 3);
        assertThat(words.of("month", "4")).isEmpty();
    }

    @Test
    void a_malformed_line_is_reported_with_its_number() {
        assertThatThrownBy(() -> DateWords.parse(List.of("month 3: March", "no colon here")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void the_bundled_list_has_every_month_and_weekday() {
        DateWords words = DateWords.load();
        assertThat(words.byKey("month")).hasSize(12);
        assertThat(words.byKey("weekday")).hasSize(7);
        assertThat(words.of("context", "month")).contains("in", "since", "until", "by");
        assertThat(words.of("context", "year")).contains("in", "since", "until", "by");
    }
}
