package dev.herald.entities.gazetteer;

import java.util.Objects;

/**
 * A gazetteer name found in a run of words.
 *
 * @param start  index of its first word
 * @param length how many words it covers
 * @param name   the name found
 */
public record GazetteerMatch(int start, int length, GazetteerName name) {
    public GazetteerMatch {
        Objects.requireNonNull(name, "name");
        if (start < 0 || length < 1) {
            throw new IllegalArgumentException("bad match at " + start + " of " + length + " words");
        }
    }

    /** {@return index one past its last word} */
    public int end() {
        return start + length;
    }
}
