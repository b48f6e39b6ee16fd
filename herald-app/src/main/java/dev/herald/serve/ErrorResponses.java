package dev.herald.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The one place where what goes wrong becomes a response: {@code {"error": "...", "status": N}} for
 * the API, an error page for the UI, never a stack trace. Messages are written for the client (the
 * query parser's message with its position, which id was not found); an unexpected failure is logged
 * here and the client told only that it happened.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(Javalin app, Pages pages) {
        app.exception(ApiError.class, (e, ctx) -> {
            if (e.status() == 503) {
                ctx.header("Retry-After", String.valueOf(SharedAnalyzer.RETRY_AFTER_SECONDS));
            }
            answer(ctx, e.status(), e.getMessage(), pages);
        });
        app.exception(StoreException.BadQuery.class, (e, ctx) -> answer(ctx, 400, badQuery(e), pages));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), javalinMessage(e), pages));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the server's log has the details", pages);
        });
    }

    /** {@return the error as the API answers it} */
    static ObjectNode json(int status, String message) {
        return JsonNodeFactory.instance.objectNode().put("error", message).put("status", status);
    }

    private static void answer(Context ctx, int status, String message, Pages pages) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(json(status, message));
        } else {
            pages.error(ctx, status, message);
        }
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/healthz");
    }

    static String badQuery(StoreException.BadQuery e) {
        return "the query does not parse" + (e.column() > 0 ? " at column " + e.column() : "") + ": " + e.getMessage();
    }

    /** Javalin's own errors (no route, a body too large) carry terse messages; say them fully. */
    private static String javalinMessage(HttpResponseException e) {
        return Map.of(404, "no such page or endpoint", 413, "the request body is too large",
                405, "method not allowed").getOrDefault(e.getStatus(), e.getMessage());
    }
}
