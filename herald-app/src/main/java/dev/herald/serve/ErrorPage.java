package dev.herald.serve;

/** The page shown in the UI instead of a JSON error: the status and what went wrong. */
public record ErrorPage(int status, String message) {
}
