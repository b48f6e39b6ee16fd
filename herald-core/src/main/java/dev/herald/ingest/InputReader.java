package dev.herald.ingest;

import dev.herald.model.InputFormat;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one input (a file or a stream) into a {@link RawDocument}: gunzips by magic number, enforces
 * the size limit, refuses empty and binary content, decodes with {@link TextDecoder} and resolves
 * {@code AUTO} with {@link FormatSniffer}. Every failure becomes a {@link ReadResult.Unreadable}
 * with its reason. Thread-safe.
 */
public final class InputReader {
    private final IngestConfig config;

    public InputReader(IngestConfig config) {
        this.config = config;
    }

    /** {@return the document in {@code file}, or why it could not be read} */
    public ReadResult read(Path file, InputFormat format) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return new ReadResult.Unreadable(name, "is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, format);
        } catch (NoSuchFileException e) {
            return new ReadResult.Unreadable(name, "no such file");
        } catch (AccessDeniedException e) {
            return new ReadResult.Unreadable(name, "permission denied");
        } catch (IOException e) {
            return new ReadResult.Unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    /** {@return the document read from {@code in} (not closed here), or why it could not be read} */
    public ReadResult read(String name, InputStream in, InputFormat format) {
        byte[] bytes;
        try {
            bytes = readLimited(in, config.maxBytes());
            if (isGzip(bytes)) {
                bytes = readLimited(new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)), config.maxBytes());
            }
        } catch (TooLarge e) {
            return new ReadResult.Unreadable(name, "larger than the limit of " + config.maxBytes() + " bytes");
        } catch (EOFException | ZipException e) {
            return new ReadResult.Unreadable(name, "corrupt or truncated gzip data");
        } catch (IOException e) {
            return new ReadResult.Unreadable(name, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return new ReadResult.Unreadable(name, "empty file");
        }
        if (looksBinary(bytes)) {
            return new ReadResult.Unreadable(name, "binary content, not text or HTML");
        }
        String content = TextDecoder.decode(bytes);
        if (content.isBlank()) {
            return new ReadResult.Unreadable(name, "no text (only whitespace)");
        }
        InputFormat resolved = format == InputFormat.AUTO ? FormatSniffer.sniff(content) : format;
        return new ReadResult.Read(new RawDocument(name, content, resolved));
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * Text has no NUL bytes (UTF-16 has them, but is announced by its byte-order mark) and few
     * control characters.
     */
    static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int r;
        while ((r = in.read(buffer)) != -1) {
            total += r;
            if (total > limit) {
                throw new TooLarge();
            }
            out.write(buffer, 0, r);
        }
        return out.toByteArray();
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }
}
