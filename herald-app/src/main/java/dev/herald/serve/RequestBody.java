package dev.herald.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body up to the size limit: 413 above it (told by its length or found reading), 400 when empty. */
final class RequestBody {
    private final long maxBytes;

    RequestBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
        }
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw ApiError.badRequest("the request body is empty; send the article's text or HTML");
        }
        return body;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "the request body is larger than the limit of " + maxBytes + " bytes");
    }
}
