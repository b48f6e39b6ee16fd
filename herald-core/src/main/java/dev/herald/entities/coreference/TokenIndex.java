package dev.herald.entities.coreference;

import dev.herald.model.Token;

import java.util.List;

/** Finds tokens by character offset in a token layer sorted by position. */
public final class TokenIndex {
    private TokenIndex() {
    }

    /** {@return the index of the first token starting at or after {@code offset}; size() if none} */
    public static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the index one past the last token ending at or before {@code offset}} */
    public static int endAtOrBefore(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
