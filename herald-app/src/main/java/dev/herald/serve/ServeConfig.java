package dev.herald.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code herald serve} listens and what it lets in.
 *
 * @param host          the address to bind (default {@code 127.0.0.1}); a non-loopback address
 *                      without an API key serves reads only
 * @param port          the TCP port (default 8750; 0 picks a free one, as tests do)
 * @param apiKey        the key write endpoints require as {@code Authorization: Bearer KEY}; empty
 *                      when no key file was given
 * @param maxBodyBytes  the largest request body accepted (default 10 MiB, the size {@code herald
 *                      analyze} reads); larger ones get 413
 * @param maxQueryChars the longest query string accepted (default 4,096 characters); longer ones
 *                      get 414
 * @param threads       the most requests handled at once (default 16): on a few cores, more
 *                      threads only share the same CPU and make every answer late
 * @param cacheBytes    the most memory answers of the read endpoints take while the store does
 *                      not change (default 256 MiB; 0 keeps none)
 */
public record ServeConfig(String host, int port, Optional<String> apiKey, long maxBodyBytes, int maxQueryChars,
                          int threads, long cacheBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8750;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 4096;
    public static final int DEFAULT_THREADS = 16;
    public static final long DEFAULT_CACHE_BYTES = 256L * 1024 * 1024;
    /** Jetty's own threads (acceptor, selectors) come out of the same pool, so fewer would leave none for requests. */
    public static final int MIN_THREADS = 4;

    public ServeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKey, "apiKey");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2 GiB, got " + maxBodyBytes);
        }
        if (maxQueryChars < 64) {
            throw new IllegalArgumentException("maxQueryChars must be 64 or more, got " + maxQueryChars);
        }
        if (threads < MIN_THREADS || threads > 1000) {
            throw new IllegalArgumentException("threads must be between " + MIN_THREADS + " and 1000, got " + threads);
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cacheBytes must be 0 or more, got " + cacheBytes);
        }
        if (apiKey.isPresent() && apiKey.get().isBlank()) {
            throw new IllegalArgumentException("the API key is empty");
        }
    }

    /** {@return the defaults on {@code host}:{@code port}, without a key} */
    public static ServeConfig of(String host, int port) {
        return new ServeConfig(host, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUERY_CHARS,
                DEFAULT_THREADS, DEFAULT_CACHE_BYTES);
    }

    public ServeConfig withApiKey(String key) {
        return new ServeConfig(host, port, Optional.of(key), maxBodyBytes, maxQueryChars, threads, cacheBytes);
    }

    public ServeConfig withLimits(long newMaxBodyBytes, int newMaxQueryChars) {
        return new ServeConfig(host, port, apiKey, newMaxBodyBytes, newMaxQueryChars, threads, cacheBytes);
    }

    public ServeConfig withCapacity(int newThreads, long newCacheBytes) {
        return new ServeConfig(host, port, apiKey, maxBodyBytes, maxQueryChars, newThreads, newCacheBytes);
    }

    /** {@return the key's bytes, for a constant-time comparison} */
    byte[] apiKeyBytes() {
        return apiKey.map(k -> k.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
    }

    /** {@return true when {@code host} names only this machine (127.0.0.0/8, ::1, localhost)} */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
