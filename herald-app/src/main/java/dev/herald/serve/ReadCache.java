package dev.herald.serve;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers computed from the store, kept while the store's version stays the same. A store answers
 * the same question the same way until a commit (an add, an ingest seen by the refresh), so an
 * answer needs no expiry: the first request after the version changes starts an empty generation
 * and the old one is dropped whole.
 *
 * <p>Requests that miss the same key at once wait for one computation instead of each repeating
 * it (the first requests of a popular entity page after a commit). A failure (404, a bad query) is
 * not kept. The entries of a generation weigh at most {@code maxWeight} together; past that the
 * generation is emptied and fills again with what is asked next, so memory stays bounded whatever
 * clients ask, and a weight of 0 keeps nothing.
 *
 * @param <V> what is kept
 */
final class ReadCache<V> {
    private final LongSupplier version;
    private final ToLongFunction<V> weight;
    private final long maxWeight;
    private final AtomicReference<Generation<V>> current = new AtomicReference<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    private record Generation<V>(long version, ConcurrentHashMap<String, CompletableFuture<V>> values, AtomicLong weight) {
        static <V> Generation<V> of(long version) {
            return new Generation<>(version, new ConcurrentHashMap<>(), new AtomicLong());
        }
    }

    /**
     * @param version   the store's version now ({@code ArticleStore::version})
     * @param weight    what one value weighs (its bytes, or 1 to count entries)
     * @param maxWeight the most a generation holds; 0 keeps nothing
     */
    ReadCache(LongSupplier version, ToLongFunction<V> weight, long maxWeight) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight must be 0 or more, got " + maxWeight);
        }
        this.version = version;
        this.weight = weight;
        this.maxWeight = maxWeight;
    }

    /**
     * {@return the value of {@code key} for the store's current version, computed by {@code compute}
     * unless kept already}; what {@code compute} throws is thrown here
     */
    V get(String key, Supplier<V> compute) {
        if (maxWeight == 0) {
            misses.increment();
            return compute.get();
        }
        Generation<V> generation = generation();
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> kept = generation.values().putIfAbsent(key, mine);
        if (kept != null) {
            hits.increment();
            return join(kept);
        }
        misses.increment();
        V value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            generation.values().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(value);
        if (generation.weight().addAndGet(weight.applyAsLong(value)) > maxWeight) {
            // Over the bound: start this version again empty rather than track recency per entry.
            current.compareAndSet(generation, Generation.of(generation.version()));
        }
        return value;
    }

    /** {@return requests answered from the cache, and computed, since the server started} */
    long[] counts() {
        return new long[] {hits.sum(), misses.sum()};
    }

    /**
     * The generation of the store's version now. The version is read before the value is computed:
     * a value computed while a refresh lands is filed under the older version and dropped with it.
     */
    private Generation<V> generation() {
        long now = version.getAsLong();
        while (true) {
            Generation<V> g = current.get();
            if (g != null && g.version() == now) {
                return g;
            }
            Generation<V> fresh = Generation.of(now);
            if (current.compareAndSet(g, fresh)) {
                return fresh;
            }
        }
    }

    private static <V> V join(CompletableFuture<V> kept) {
        try {
            return kept.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
