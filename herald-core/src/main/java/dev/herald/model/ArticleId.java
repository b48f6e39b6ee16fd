package dev.herald.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A stable article id: a hash of the normalized title and text, so the same article read twice, or
 * once from HTML and once from text, gets the same id, while two articles that differ in a word, in
 * the case of a word or in where a paragraph breaks get two.
 *
 * <p>What is folded is what differs between renderings of one article, not between editions of it:
 * Unicode forms, quote and dash styles, and whitespace inside a paragraph (line wrapping, a page's
 * single {@code <br>}, runs of spaces). Paragraph breaks are kept: a blank line in text, a {@code <p>}
 * or {@code <br><br>} in a page, which Herald's cleaners both render as one blank line. An editor who
 * splits a paragraph makes another edition, as one who fixes a word does: it gets its own id and a
 * store marks it as a near-duplicate of the first, so nothing is lost and nothing is merged unseen. The
 * title is also folded to lower case, since a site styles its headline (upper-case CSS, title case in a
 * feed, sentence case on the page); the body keeps its case, so "grand slam" corrected to "Grand Slam"
 * is another edition too.
 *
 * <p>Ids of version 3; version 2 folded paragraph breaks into spaces, version 1 folded the body's case
 * as well. A store remembers the version of its ids and refuses to mix them.
 */
public final class ArticleId {
    /** Which way of computing ids this is; a store remembers the version its ids were made with. */
    public static final int VERSION = 3;

    /** A blank line, possibly with spaces on it: where one paragraph ends and the next begins. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("[ \\t\\x0B\\f\\r]*\\n\\s*\\n\\s*");

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

    /**
     * Folds what differs between renderings of one article: Unicode forms, quote and dash styles,
     * whitespace inside a paragraph; each paragraph break becomes one blank line.
     */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        StringJoiner paragraphs = new StringJoiner("\n\n");
        for (String paragraph : PARAGRAPH_BREAK.split(n.strip())) {
            String folded = paragraph.replaceAll("\\s+", " ").strip();
            if (!folded.isEmpty()) {
                paragraphs.add(folded);
            }
        }
        return paragraphs.toString();
    }
}
