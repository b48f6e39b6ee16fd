package dev.herald.serve;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    @Test
    void months_without_articles_get_empty_bars_and_the_tallest_bar_fills_the_plot() {
        BarChart c = BarChart.months("x", Map.of("2004-11", 4L, "2005-02", 2L, "not a month", 9L), m -> "/" + m);
        assertThat(c.bars()).extracting(BarChart.Bar::label).containsExactly("2004-11", "2004-12", "2005-01", "2005-02");
        assertThat(c.bars()).extracting(BarChart.Bar::count).containsExactly(4L, 0L, 0L, 2L);
        assertThat(c.max()).isEqualTo(4);
        BarChart.Bar tallest = c.bars().get(0);
        BarChart.Bar half = c.bars().get(3);
        assertThat(half.height() * 2).isBetween(tallest.height() - 1, tallest.height() + 1);
        assertThat(half.y() + half.height()).isEqualTo(tallest.y() + tallest.height());
        assertThat(c.bars().get(1).height()).isZero();
        assertThat(c.bars().get(3).href()).isEqualTo("/2005-02");
    }

    @Test
    void no_months_no_bars() {
        assertThat(BarChart.months("x", Map.of(), m -> "").bars()).isEmpty();
    }
}
