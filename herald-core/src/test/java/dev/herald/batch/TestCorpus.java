package dev.herald.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Inputs the batch tests write: short articles of our own, WARC records, gzip. */
final class TestCorpus {
    private TestCorpus() {
    }

    /** {@return a short news story with this headline, in the scraped-text shape} */
    static String story(String headline, String place, String person) {
        return headline + "\n\n"
                + "Officials in " + place + " approved the new plan on Tuesday, the council leader " + person + " said.\n\n"
                + "\u201cThis will change how people travel,\u201d " + person + " told reporters after the vote.\n";
    }

    /** {@return an HTML page with this title and body paragraphs} */
    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    /** {@return a WARC response record holding {@code http} (an HTTP message, head and body)} */
    static byte[] warcResponse(String uri, String http) {
        return warcRecord("response", uri, "application/http; msgtype=response", http.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return an HTTP 200 response with this content type and body} */
    static String http(String contentType, String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "WARC-Date: 2024-05-01T10:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(List.of(head.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    static byte[] warcinfo() {
        return warcRecord("warcinfo", null, "application/warc-fields",
                "software: herald-tests\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** {@return {@code bytes} gzipped as one member} */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** {@return each part gzipped as its own member, as .warc.gz files are written} */
    static byte[] gzipEach(List<byte[]> parts) {
        return concat(parts.stream().map(TestCorpus::gzip).toList());
    }
}
