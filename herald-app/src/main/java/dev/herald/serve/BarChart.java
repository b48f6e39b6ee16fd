package dev.herald.serve;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A bar chart of counts per month, laid out here and drawn by the template as inline SVG: months
 * without articles between the first and the last get an empty bar, so the axis is time.
 *
 * @param caption what it counts
 * @param width   the drawing's width in pixels
 * @param height  its height
 * @param max     the largest count (the top of the scale)
 * @param bars    the bars, oldest first
 * @param ticks   the labels under the axis
 */
public record BarChart(String caption, int width, int height, long max, List<Bar> bars, List<Tick> ticks) {
    private static final int HEIGHT = 140;
    private static final int AXIS = 18;
    private static final int TOP = 16;
    private static final int MAX_TICKS = 8;

    /** One bar: its month, count, box, and the search it links to. */
    public record Bar(String label, long count, int x, int y, int width, int height, String href) {
    }

    /** A label under the axis. */
    public record Tick(int x, String label) {
    }

    /**
     * {@return a chart of {@code counts} (month {@code YYYY-MM} to count); values that are not months
     * are left out, months missing between the first and the last count zero}
     */
    public static BarChart months(String caption, Map<String, Long> counts, Function<String, String> href) {
        TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
        counts.forEach((label, count) -> {
            try {
                byMonth.merge(YearMonth.parse(label), count, Long::sum);
            } catch (DateTimeParseException e) {
                // not a month: nothing to place on a time axis
            }
        });
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
                labels.add(m.toString());
                values.add(byMonth.getOrDefault(m, 0L));
            }
        }
        return layout(caption, labels, values, href);
    }

    private static BarChart layout(String caption, List<String> labels, List<Long> values, Function<String, String> href) {
        int n = labels.size();
        int step = n <= 12 ? 48 : n <= 60 ? 14 : 6;
        int barWidth = Math.max(2, step - 2);
        int width = Math.max(240, n * step + 24);
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        int plot = HEIGHT - AXIS - TOP;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (n + MAX_TICKS - 1) / MAX_TICKS);
        for (int i = 0; i < n; i++) {
            long v = values.get(i);
            int h = max == 0 ? 0 : (int) Math.max(v > 0 ? 1 : 0, Math.round((double) plot * v / max));
            int x = 24 + i * step;
            bars.add(new Bar(labels.get(i), v, x, TOP + plot - h, barWidth, h, href.apply(labels.get(i))));
            if (i % every == 0) {
                ticks.add(new Tick(x, labels.get(i)));
            }
        }
        return new BarChart(caption, width, HEIGHT, max, bars, ticks);
    }
}
