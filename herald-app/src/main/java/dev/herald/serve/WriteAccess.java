package dev.herald.serve;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may call a write endpoint. Reads are open; a write needs {@code Authorization: Bearer KEY}
 * when the server has a key; a server on a non-loopback address without a key takes no writes at
 * all (anyone on the network could fill its store). A write sent by a browser from another site
 * (an {@code Origin} that is not this server) is refused too, so a page the user visits cannot post
 * to a key-less server on their own machine.
 */
final class WriteAccess {
    private static final String BEARER = "bearer ";
    private final ServeConfig config;

    WriteAccess(ServeConfig config) {
        this.config = config;
    }

    /** Throws an {@link ApiError} (401 or 403) unless the request may write. */
    void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx)) {
            throw new ApiError(403, "writes from another site's page are refused (Origin " + origin + ")");
        }
        if (config.apiKey().isEmpty()) {
            if (!config.loopback()) {
                throw new ApiError(403, "this server listens on " + config.host()
                        + " without an API key, so it takes no writes; start it with --api-key-file");
            }
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this endpoint needs 'Authorization: Bearer KEY'");
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        if (!MessageDigest.isEqual(given, config.apiKeyBytes())) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, "the API key is wrong");
        }
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        String host = ctx.header("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
