package dev.herald.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The records of a JSON Lines file (gzipped or not), one item each, named {@code FILE:LINE}. A
 * record is an object {@code {"url", "title", "text" | "html", "published"}}: {@code html} is a
 * page to clean; {@code text} is the article's body, read as scraped text with the title as its
 * headline (without a title, its first line is the headline). {@code published} is an ISO date or
 * date-time. Blank lines are skipped.
 *
 * <p>A line that is not such a record, or longer than the size limit, is a broken item and the
 * reading goes on; a file that cannot be read, or whose gzip data ends early, gives one broken item
 * for where it stopped and ends.
 */
final class JsonLinesReader extends ItemReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final BatchInputs.StreamOpener opener;
    private final long maxBytes;
    private InputStream in;
    private int lineNumber;

    JsonLinesReader(Path file, long maxBytes) {
        this(file.toString(), () -> Files.newInputStream(file), maxBytes);
    }

    /** A reader of the file named {@code file} (in failures) whose bytes {@code opener} gives. */
    JsonLinesReader(String file, BatchInputs.StreamOpener opener, long maxBytes) {
        this.file = file;
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    /** {@return the item of the next line, or null for a blank line or the end} */
    @Override
    protected BatchItem readItem() {
        try {
            if (in == null) {
                in = open(opener);
            }
            Line line = readLine();
            if (line == null) {
                end();
                close();
                return null;
            }
            lineNumber++;
            if (line.tooLong()) {
                return broken("record larger than the limit of " + maxBytes + " bytes");
            }
            String text = new String(line.bytes(), StandardCharsets.UTF_8);
            return text.isBlank() ? null : record(text);
        } catch (NoSuchFileException e) {
            return end(file, "no such file");
        } catch (EOFException | ZipException e) {
            return end(file + ":" + (lineNumber + 1), "corrupt or truncated gzip data; the rest of the file is lost");
        } catch (IOException e) {
            return end(file + ":" + (lineNumber + 1), "cannot read: " + e.getMessage());
        }
    }

    private BatchItem record(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return broken("not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return broken("not a JSON object");
        }
        Optional<String> title = string(node, "title");
        Optional<String> html = string(node, "html");
        Optional<String> text = string(node, "text");
        Hints hints = new Hints(date(node), string(node, "url"), title);
        String source = file + ":" + lineNumber;
        if (html.isPresent()) {
            return new BatchItem.Content(source, utf8(html.get()), InputFormat.HTML, hints);
        }
        if (text.isPresent()) {
            String scraped = title.map(t -> t.strip() + "\n\n").orElse("") + text.get();
            return new BatchItem.Content(source, utf8(scraped), InputFormat.TEXT, hints);
        }
        return broken("the record has neither \"text\" nor \"html\"");
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The record's date: an ISO date, or the date part of an ISO date-time; nothing when unreadable. */
    private static Optional<LocalDate> date(JsonNode node) {
        Optional<String> value = string(node, "published").map(String::strip);
        if (value.isEmpty() || value.get().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private BatchItem broken(String reason) {
        return new BatchItem.Broken(file + ":" + lineNumber, reason);
    }

    private BatchItem end(String source, String reason) {
        end();
        close();
        return new BatchItem.Broken(source, reason);
    }

    private static InputStream open(BatchInputs.StreamOpener opener) throws IOException {
        InputStream raw = new BufferedInputStream(opener.open(), 64 * 1024);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1F && b2 == 0x8B ? new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024)) : raw;
    }

    /** One line's bytes, without its end, or a mark that it was longer than the limit (then skipped). */
    private record Line(byte[] bytes, boolean tooLong) {
    }

    private Line readLine() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            if (buffer.size() < maxBytes) {
                buffer.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        return new Line(tooLong ? new byte[0] : buffer.toByteArray(), tooLong);
    }

    @Override
    public void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Only read: failing to close loses nothing.
            }
            in = null;
        }
    }
}
