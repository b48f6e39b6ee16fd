package dev.herald.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanTest {
    @Test
    void span_takes_the_substring_it_covers() {
        assertThat(new Span(4, 9).of("Ana Silva said")).isEqualTo("Silva");
    }

    @Test
    void span_rejects_negative_start_and_reversed_ends() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad span");
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 4)");
    }

    @Test
    void spans_overlap_only_when_they_share_a_position() {
        assertThat(new Span(0, 5).overlaps(new Span(4, 8))).isTrue();
        assertThat(new Span(0, 5).overlaps(new Span(5, 8))).isFalse();
        assertThat(new Span(0, 10).contains(new Span(2, 10))).isTrue();
        assertThat(new Span(0, 10).contains(new Span(2, 11))).isFalse();
    }
}
