package dev.herald.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable article id: a hash of the normalized title and text, so the same article read twice, or
 * once from HTML and once from text, gets the same id, while two articles that differ in a word or
 * in the case of a word get two.
 *
 * <p>What is folded is what differs between renderings of one article, not between editions of it:
 * Unicode forms, quote and dash styles, and whitespace (line wrapping, and where paragraphs break:
 * a page's {@code <br>} and {@code <p>} and a scraper's blank lines split the same words
 * differently). The title is also folded to lower case, since a site styles its headline
 * (upper-case CSS, title case in a feed, sentence case on the page); the body keeps its case, so
 * "grand slam" corrected to "Grand Slam" is another edition, kept apart and marked as a
 * near-duplicate by a store. Ids of version 2; version 1 folded the body's case too.
 */
public final class ArticleId {
    /** Which way of computing ids this is; a store remembers the version its ids were made with. */
    public static final int VERSION = 2;

    private ArticleId() {
    }

    /** {@return 16 hex digits identifying an article with this title and text} */
    public static String of(String title, String text) {
        String key = normalize(title).toLowerCase(Locale.ROOT) + "\n" + normalize(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Folds what differs between renderings of one article: Unicode forms, quote and dash styles, whitespace. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        return n.replaceAll("\\s+", " ").strip();
    }
}
