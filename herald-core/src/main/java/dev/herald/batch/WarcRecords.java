package dev.herald.batch;

import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc), one item per
 * {@code response} record with a 2xx HTTP status and an HTML payload, named {@code FILE#record-N}
 * where N counts every record of the file from 1. Other records (warcinfo, request, metadata, other
 * media types, redirects) are not articles and are passed over. The target URI becomes the item's
 * URL; the capture date is not taken for a publication date.
 *
 * <p>A response whose HTTP message cannot be parsed is a broken item and reading goes on with the
 * next record; a record whose WARC header is corrupt ends the file (its length, and so where the
 * next record starts, is unknown), with one broken item saying so.
 */
final class WarcRecords extends ItemReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final String file;
    private final ReaderOpener opener;
    private final long maxBytes;
    private WarcReader reader;
    private int recordNumber;

    WarcRecords(Path file, long maxBytes) {
        this(file.toString(), () -> new WarcReader(file), maxBytes);
    }

    /** The records of the WARC file named {@code file} (in failures) whose bytes {@code opener} gives. */
    WarcRecords(String file, BatchInputs.StreamOpener opener, long maxBytes) {
        this(file, () -> new WarcReader(opener.open()), maxBytes);
    }

    private WarcRecords(String file, ReaderOpener opener, long maxBytes) {
        this.file = file;
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    /** Opens the file: from its path (a seekable channel) or from a stream. */
    @FunctionalInterface
    private interface ReaderOpener {
        WarcReader open() throws IOException;
    }

    /** {@return the item of the next record, or null for a record that is not an article or the end} */
    @Override
    protected BatchItem readItem() {
        Optional<WarcRecord> record;
        try {
            if (reader == null) {
                reader = opener.open();
            }
            record = reader.next();
        } catch (NoSuchFileException e) {
            return end(file, "no such file");
        } catch (IOException | RuntimeException e) {
            return end(source(recordNumber + 1), "unreadable WARC record (" + oneLine(e.getMessage())
                    + "); the rest of the file is skipped");
        }
        if (record.isEmpty()) {
            end();
            close();
            return null;
        }
        recordNumber++;
        return record.get() instanceof WarcResponse response ? page(response) : null;
    }

    private BatchItem page(WarcResponse response) {
        String source = source(recordNumber);
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299 || !isHtml(http.headers().first("Content-Type"))) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            Hints hints = new Hints(Optional.empty(), Optional.of(response.target()), Optional.empty());
            return new BatchItem.Content(source, body, InputFormat.AUTO, hints);
        } catch (IOException | RuntimeException e) {
            return new BatchItem.Broken(source, "bad HTTP response in the record: " + oneLine(e.getMessage()));
        }
    }

    /** HTML, or no type said (then the content is sniffed). */
    private static boolean isHtml(Optional<String> declared) {
        return declared.isEmpty() || HTML_TYPES.contains(
                MediaType.parseLeniently(declared.get()).base().toString().toLowerCase(Locale.ROOT));
    }

    /** {@return a library's message fit for one line of a report: no line breaks, at most 120 characters} */
    static String oneLine(String message) {
        String flat = String.valueOf(message).replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    private String source(int number) {
        return file + "#record-" + number;
    }

    private BatchItem end(String source, String reason) {
        end();
        close();
        return new BatchItem.Broken(source, reason);
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // Only read: failing to close loses nothing.
            }
            reader = null;
        }
    }
}
