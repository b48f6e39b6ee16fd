package dev.herald.quotes;

import dev.herald.model.Span;

import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed set of spans (the quotations of one article) asked, for many spans, whether any of them
 * contains or overlaps the span. A scan of the set per question makes a long text quadratic (every
 * word and actor asks); here the spans are sorted by start once, with the greatest end up to each,
 * and a question is one binary search. Immutable.
 */
final class SpanCover {
    private final int[] starts;
    /** {@code maxEnd[i]}: the greatest end among the spans {@code 0..i} in start order. */
    private final int[] maxEnd;

    SpanCover(Collection<Span> spans) {
        Span[] sorted = spans.toArray(Span[]::new);
        Arrays.sort(sorted);
        starts = new int[sorted.length];
        maxEnd = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            max = Math.max(max, sorted[i].end());
            maxEnd[i] = max;
        }
    }

    /** {@return whether some span of the set covers all of {@code s}, as {@link Span#contains}} */
    boolean anyContains(Span s) {
        int last = lastStartAtMost(s.start());
        return last >= 0 && maxEnd[last] >= s.end();
    }

    /** {@return whether some span of the set shares a position with {@code s}, as {@link Span#overlaps}} */
    boolean anyOverlaps(Span s) {
        int last = lastStartAtMost(s.end() - 1);
        return last >= 0 && maxEnd[last] > s.start();
    }

    /** {@return the index of the last span starting at or before {@code offset}, or -1} */
    private int lastStartAtMost(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
