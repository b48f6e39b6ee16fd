package dev.herald.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a batch runs.
 *
 * @param threads how many articles are analyzed at once (default: the number of cores)
 * @param timeout the time one article may take before it is given up as a failure (default 30 s)
 * @param order   {@code INPUT} writes results in input order, {@code COMPLETION} as soon as ready
 * @param window  the most items taken from the input and not yet written (default 8 per thread):
 *                bounds memory, and in input order how far the batch runs ahead of a slow article
 */
public record BatchConfig(int threads, Duration timeout, Order order, int window) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** In which order results are written. */
    public enum Order {
        /** The order of the inputs, as expanded. */
        INPUT,
        /** As soon as each is ready. */
        COMPLETION
    }

    public BatchConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(order, "order");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window (" + window + ") must be >= threads (" + threads + ")");
        }
    }

    /** {@return a config with {@code threads} threads, the default time limit, input order} */
    public static BatchConfig of(int threads) {
        return new BatchConfig(threads, DEFAULT_TIMEOUT, Order.INPUT, 8 * threads);
    }

    public static BatchConfig defaults() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    public BatchConfig withTimeout(Duration newTimeout) {
        return new BatchConfig(threads, newTimeout, order, window);
    }

    public BatchConfig withOrder(Order newOrder) {
        return new BatchConfig(threads, timeout, newOrder, window);
    }
}
