package dev.herald.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into {@link Article#text()}, exactly what
 * {@link String#substring(int, int)} takes. The JSON record converts spans to code points once, at the
 * edge.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** {@return the covered text of {@code text}} */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** {@return the number of UTF-16 units covered} */
    public int length() {
        return end - start;
    }

    /** {@return whether this span covers all of {@code other}} */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** {@return whether this span shares at least one position with {@code other}} */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
