package dev.herald.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of texts and their LSH band keys. A text is cut into lower-cased words,
 * the words into overlapping shingles of {@link DuplicateConfig#shingleWords()}; each shingle is
 * hashed once to 64 bits, and value {@code i} of the signature is the least of
 * {@code mix(h ^ seed_i)} over all shingles (one cheap mixer per value instead of a permutation).
 * The share of equal values in two signatures estimates the Jaccard similarity of their shingle
 * sets. Stateless and thread-safe.
 */
final class MinHash {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final DuplicateConfig config;
    private final long[] seeds;

    MinHash(DuplicateConfig config) {
        this.config = config;
        this.seeds = new long[config.hashes()];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + i);
            seeds[i] = s;
        }
    }

    /** {@return the signature of {@code text}, or empty when it has fewer words than the minimum} */
    Optional<int[]> signature(String text) {
        long[] words = wordHashes(text);
        if (words.length < config.minWords()) {
            return Optional.empty();
        }
        int[] min = new int[config.hashes()];
        Arrays.fill(min, Integer.MAX_VALUE);
        int k = config.shingleWords();
        for (int start = 0; start + k <= words.length; start++) {
            long h = 0;
            for (int j = start; j < start + k; j++) {
                h = mix(h * 31 + words[j]);
            }
            for (int i = 0; i < min.length; i++) {
                int v = (int) (mix(h ^ seeds[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return Optional.of(min);
    }

    /** {@return one key per band: the band's number and its rows, as a term} */
    String[] bandKeys(int[] signature) {
        int rows = config.rows();
        String[] keys = new String[config.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = b;
            for (int r = b * rows; r < (b + 1) * rows; r++) {
                h = mix(h * 31 + signature[r]);
            }
            keys[b] = b + ":" + Long.toHexString(h);
        }
        return keys;
    }

    /** {@return the share of equal values in two signatures: the estimated Jaccard similarity} */
    static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of " + a.length + " and " + b.length + " values");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long[] wordHashes(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(folded);
        long[] out = new long[64];
        int n = 0;
        while (m.find()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            long h = 0xcbf29ce484222325L;
            for (int i = m.start(); i < m.end(); i++) {
                h = (h ^ folded.charAt(i)) * 0x100000001b3L;
            }
            out[n++] = h;
        }
        return Arrays.copyOf(out, n);
    }

    /** SplitMix64's finalizer: spreads every input bit over all output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
