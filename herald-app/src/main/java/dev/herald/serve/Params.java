package dev.herald.serve;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.Optional;

/** Reads request parameters, answering 400 with a message that names the parameter when one is wrong. */
final class Params {
    private Params() {
    }

    /** {@return the query parameter, when given and not blank} */
    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@return the integer parameter, {@code fallback} when absent} */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, not '" + value.get() + "'");
        }
    }

    /** {@return the boolean parameter ({@code true}/{@code false}), {@code fallback} when absent} */
    static boolean flag(Context ctx, String name, boolean fallback) {
        Optional<String> value = text(ctx, name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest("'" + name + "' must be true or false, not '" + value.get() + "'");
        };
    }
}
