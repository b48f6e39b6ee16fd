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
 */
public record ServeConfig(String host, int port, Optional<String> apiKey, long maxBodyBytes, int maxQueryChars) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8750;
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 4096;

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
        if (apiKey.isPresent() && apiKey.get().isBlank()) {
            throw new IllegalArgumentException("the API key is empty");
        }
    }

    /** {@return the defaults on {@code host}:{@code port}, without a key} */
    public static ServeConfig of(String host, int port) {
        return new ServeConfig(host, port, Optional.empty(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUERY_CHARS);
    }

    public ServeConfig withApiKey(String key) {
        return new ServeConfig(host, port, Optional.of(key), maxBodyBytes, maxQueryChars);
    }

    public ServeConfig withLimits(long newMaxBodyBytes, int newMaxQueryChars) {
        return new ServeConfig(host, port, apiKey, newMaxBodyBytes, newMaxQueryChars);
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
