package dev.herald.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark wins, then a charset the document declares, then strict
 * UTF-8, then Windows-1252 (a superset of ISO-8859-1's printable characters, so "£", "é" and curly
 * quotes from legacy pages survive).
 */
public final class TextDecoder {
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** {@return the decoded text, without a byte-order mark} */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Optional<Charset> declared = declaredCharset(bytes);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared.get());
        }
        Optional<String> utf8 = strictUtf8(bytes);
        return utf8.orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        try {
            Charset cs = Charset.forName(name);
            // Pages that declare Latin-1 are in practice Windows-1252 (the HTML standard says so too).
            return Optional.of(cs.equals(StandardCharsets.ISO_8859_1) || cs.name().equals("US-ASCII") ? WINDOWS_1252 : cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
