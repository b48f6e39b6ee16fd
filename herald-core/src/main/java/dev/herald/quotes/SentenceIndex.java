package dev.herald.quotes;

import dev.herald.model.Sentence;

import java.util.List;

/** Finds the sentence a text offset falls in, by binary search over sentences in text order. */
final class SentenceIndex {
    private SentenceIndex() {
    }

    /** {@return the index of the last sentence starting at or before {@code offset}; 0 when there is none} */
    static int at(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
