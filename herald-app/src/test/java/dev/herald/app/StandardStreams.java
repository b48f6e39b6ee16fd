package dev.herald.app;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures {@code System.out} and {@code System.err} around each test, and lets a test feed
 * {@code System.in}, so command-line tests read what a user would see. Register with
 * {@code @RegisterExtension}.
 */
final class StandardStreams implements BeforeEachCallback, AfterEachCallback {
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;

    @Override
    public void beforeEach(ExtensionContext context) {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    /** {@return what the test printed on standard output} */
    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@return what the test printed on standard error} */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far, for a test that runs several commands. */
    void reset() {
        out.reset();
        err.reset();
    }

    /** Makes {@code text} the standard input. */
    void stdin(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
