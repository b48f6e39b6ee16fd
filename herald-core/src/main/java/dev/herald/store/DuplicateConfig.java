package dev.herald.store;

/**
 * How near-duplicates are found: MinHash signatures over word shingles of the clean text, with
 * LSH banding to find candidates and the estimated Jaccard similarity to decide.
 *
 * @param shingleWords words per shingle (default 5: long enough that unrelated stories on the same
 *                     subject share few shingles, short enough that an edited sentence spoils few)
 * @param hashes       MinHash values per signature (default 64); must be {@code bands * rows}
 * @param bands        LSH bands (default 16, of 4 rows): two texts become candidates when one band
 *                     agrees whole, which happens with probability {@code 1-(1-J^4)^16}: 0.64 at a
 *                     Jaccard similarity J of 0.5, 0.98 at 0.7
 * @param threshold    the estimated Jaccard similarity from which a candidate is a duplicate
 *                     (default chosen by {@code eval/duplicates.sh}, see eval/README.md)
 * @param minWords     texts shorter than this are never called duplicates (too little to tell)
 */
public record DuplicateConfig(int shingleWords, int hashes, int bands, double threshold, int minWords) {
    public DuplicateConfig {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("shingleWords must be >= 1, got " + shingleWords);
        }
        if (bands < 1 || hashes < bands || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a multiple of bands (" + bands + ")");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (minWords < shingleWords) {
            throw new IllegalArgumentException("minWords (" + minWords + ") must be >= shingleWords (" + shingleWords + ")");
        }
    }

    public static DuplicateConfig defaults() {
        return new DuplicateConfig(5, 64, 16, 0.5, 30);
    }

    /** {@return the rows (hash values) per band} */
    public int rows() {
        return hashes / bands;
    }

    public DuplicateConfig withThreshold(double newThreshold) {
        return new DuplicateConfig(shingleWords, hashes, bands, newThreshold, minWords);
    }
}
