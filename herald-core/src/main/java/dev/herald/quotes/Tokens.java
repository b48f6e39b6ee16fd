package dev.herald.quotes;

import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.List;
import java.util.Optional;

/** Looks up the NLP token under a span, for its part of speech. */
final class Tokens {
    private Tokens() {
    }

    /** {@return the first token of {@code tokens} (in text order) overlapping {@code span}} */
    static Optional<Token> at(List<Token> tokens, Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() && tokens.get(lo).span().overlaps(span) ? Optional.of(tokens.get(lo)) : Optional.empty();
    }
}
