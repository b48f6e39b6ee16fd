package dev.herald.quotes;

/**
 * Options of the quote layer.
 *
 * @param maxQuoteChars    the longest quotation kept, in UTF-16 units, over all its paragraphs
 *                         (default 5,000); longer spans are dropped as mis-paired marks
 * @param maxContinuation  how many paragraphs an uncued quotation may stand from the last speaker's
 *                         quotation or cue and still be given to that speaker (default 3)
 */
public record QuoteConfig(int maxQuoteChars, int maxContinuation) {
    public QuoteConfig {
        if (maxQuoteChars <= 0) {
            throw new IllegalArgumentException("maxQuoteChars must be > 0, was " + maxQuoteChars);
        }
        if (maxContinuation < 0) {
            throw new IllegalArgumentException("maxContinuation must be >= 0, was " + maxContinuation);
        }
    }

    public static QuoteConfig defaults() {
        return new QuoteConfig(5_000, 3);
    }
}
