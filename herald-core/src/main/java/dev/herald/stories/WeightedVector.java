package dev.herald.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A TF-IDF vector of words or actors, unit length: each count weighted {@code (1 + ln count) *
 * ln(1 + N / df)}, with the document frequencies of the index at the time it is built, so two
 * vectors built at the same moment are comparable by their dot product (the cosine).
 */
record WeightedVector(Map<String, Double> weights) {

    static final WeightedVector EMPTY = new WeightedVector(Map.of());

    /** {@return the unit vector of {@code counts}, weighted by the frequencies {@code df} among {@code n} articles} */
    static WeightedVector of(Map<String, Integer> counts, int n, ToIntFunction<String> df) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double idf = Math.log(1.0 + (double) Math.max(n, 1) / Math.max(df.applyAsInt(e.getKey()), 1));
            double x = (1 + Math.log(e.getValue())) * idf;
            w.put(e.getKey(), x);
            norm += x * x;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double len = Math.sqrt(norm);
        w.replaceAll((k, x) -> x / len);
        return new WeightedVector(w);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** {@return the cosine of this vector and {@code other}} */
    double cosine(WeightedVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        return dot;
    }
}
