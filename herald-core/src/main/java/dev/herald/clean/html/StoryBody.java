package dev.herald.clean.html;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The article body a page declares in its JSON-LD, normalized so that a block of the page can be
 * looked up in it whatever its spacing, case or quote style.
 */
final class StoryBody {
    private final String normalized;

    StoryBody(String body) {
        this.normalized = normalize(body.indexOf('<') >= 0 && body.indexOf('>') >= 0
                ? org.jsoup.Jsoup.parseBodyFragment(body).text() : body);
    }

    /** {@return whether the block's text, normalized, occurs in the body} */
    boolean contains(TextBlock b) {
        String t = normalize(b.text());
        return t.length() >= 20 && normalized.contains(t);
    }

    /** {@return {@code s} with whitespace collapsed, quotes and dashes folded and lower-cased} */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014', '\u2212' -> '-';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }
}
