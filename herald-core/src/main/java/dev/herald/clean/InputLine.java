package dev.herald.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One non-blank line of scraped text, stripped, with the number of the block it is in (blocks are
 * runs of lines between blank lines).
 *
 * @param text  the line without surrounding white space
 * @param block the block's number, counted from 0
 */
record InputLine(String text, int block) {
    InputLine {
        Objects.requireNonNull(text, "text");
    }

    /** {@return the non-blank lines of {@code content}, in order} */
    static List<InputLine> of(String content) {
        List<InputLine> lines = new ArrayList<>();
        int block = 0;
        boolean blankBefore = false;
        for (String raw : content.split("\r\n|\r|\n")) {
            String text = strip(raw);
            if (text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (blankBefore && !lines.isEmpty()) {
                block++;
            }
            blankBefore = false;
            lines.add(new InputLine(text, block));
        }
        return lines;
    }

    /** {@return {@code s} without white space, no-break spaces, zero-width spaces or byte-order marks at its ends} */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
