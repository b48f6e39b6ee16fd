package dev.herald.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet as plain pieces, some marked as matches. The store gives snippets as escaped HTML
 * with {@code <b>} around matches; they are taken apart here and re-escaped by the template, so the
 * page never writes a string from the store as markup.
 *
 * @param pieces the text in order
 */
public record Snippet(List<Piece> pieces) {
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");

    /** A run of snippet text; {@code match} when it is a word of the query. */
    public record Piece(String text, boolean match) {
    }

    /** {@return the pieces of {@code html}, a snippet as the store writes it} */
    public static Snippet of(String html) {
        List<Piece> pieces = new ArrayList<>();
        boolean match = false;
        for (String part : html.split("(?=<b>)|(?<=<b>)|(?=</b>)|(?<=</b>)")) {
            if (part.equals("<b>")) {
                match = true;
            } else if (part.equals("</b>")) {
                match = false;
            } else if (!part.isEmpty()) {
                pieces.add(new Piece(unescape(part), match));
            }
        }
        return new Snippet(pieces);
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String c = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name, m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String reference, String asWritten) {
        boolean hex = reference.startsWith("#x") || reference.startsWith("#X");
        int cp = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : asWritten;
    }
}
