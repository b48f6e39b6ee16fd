package dev.herald.quotes;

import dev.herald.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors of one article, in text order, with the searches {@link Cues} makes for every cue: a scan
 * of all actors per cue makes a long text quadratic, so the starts are searched by bisection (the
 * actors come sorted by start from {@link ActorFinder}; unsorted ones are scanned, with the same
 * answers). Each search answers as the scan in list order does. Immutable.
 */
final class ActorSpans {
    private final List<Actor> actors;
    private final boolean sorted;
    private final int[] starts;
    /** {@code maxEnd[i]}: the greatest end among actors {@code 0..i}. */
    private final int[] maxEnd;
    /** The index of the first actor ending at each offset. */
    private final Map<Integer, Integer> firstEndingAt = new HashMap<>();

    ActorSpans(List<Actor> actors) {
        this.actors = actors;
        int n = actors.size();
        starts = new int[n];
        maxEnd = new int[n];
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            Span s = actors.get(i).span();
            starts[i] = s.start();
            maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE, s.end());
            inOrder &= i == 0 || starts[i - 1] <= s.start();
            firstEndingAt.putIfAbsent(s.end(), i);
        }
        sorted = inOrder;
    }

    List<Actor> all() {
        return actors;
    }

    /** {@return the actors within {@code [from, to)} (start at or after {@code from}, end at or before {@code to}), in order} */
    List<Actor> within(int from, int to) {
        if (!sorted) {
            return actors.stream().filter(a -> a.span().start() >= from && a.span().end() <= to).toList();
        }
        List<Actor> found = new ArrayList<>();
        for (int i = firstStartAtLeast(from); i < starts.length && starts[i] <= to; i++) {
            if (actors.get(i).span().end() <= to) {
                found.add(actors.get(i));
            }
        }
        return found;
    }

    /** {@return the first actor that contains {@code w} or starts in {@code [from, to]}} */
    Optional<Actor> firstContainingOrStartingIn(Span w, int from, int to) {
        if (!sorted) {
            return actors.stream().filter(a -> a.span().contains(w) || (a.span().start() >= from
                    && a.span().start() <= to)).findFirst();
        }
        int starting = firstStartAtLeast(from);
        if (starting >= starts.length || starts[starting] > to) {
            starting = Integer.MAX_VALUE;
        }
        return first(Math.min(firstContaining(w), starting));
    }

    /** {@return the first actor that contains {@code w} or ends where it ends} */
    Optional<Actor> firstContainingOrEndingWith(Span w) {
        if (!sorted) {
            return actors.stream().filter(a -> a.span().contains(w) || a.span().end() == w.end()).findFirst();
        }
        return first(Math.min(firstContaining(w), firstEndingAt.getOrDefault(w.end(), Integer.MAX_VALUE)));
    }

    private Optional<Actor> first(int index) {
        return index == Integer.MAX_VALUE ? Optional.empty() : Optional.of(actors.get(index));
    }

    /**
     * {@return the index of the first actor containing {@code w}, or {@link Integer#MAX_VALUE}}: the first
     * one ending at or after {@code w}'s end contains it exactly when it starts at or before its start.
     */
    private int firstContaining(Span w) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < w.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < starts.length && starts[lo] <= w.start() ? lo : Integer.MAX_VALUE;
    }

    private int firstStartAtLeast(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
