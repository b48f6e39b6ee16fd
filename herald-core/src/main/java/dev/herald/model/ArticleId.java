package dev.herald.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable article id: a hash of the normalized title and text, so the same article read twice, or
 * once from HTML and once from text, gets the same id.
 */
public final class ArticleId {
    private ArticleId() {
    }

    /** {@return 16 hex digits identifying an article with this title and text} */
    public static String of(String title, String text) {
        String key = normalize(title) + "\n" + normalize(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Folds what differs between renderings of one article: Unicode forms, quote and dash styles,
     * case and whitespace.
     */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s+", " ").strip();
    }
}
