package dev.herald.serve;

/**
 * A request that cannot be answered, with the HTTP status and the message the client is shown.
 * Thrown by handlers; {@link ErrorResponses} turns it into {@code {"error", "status"}}.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
        }
        this.status = status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }
}
