package dev.herald.record;

/**
 * Converts UTF-16 indices of one text to code point indices, as the JSON record counts offsets.
 * Texts without supplementary characters (most) convert for free.
 */
final class CodePoints {
    private final int[] toCodePoint;

    CodePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            toCodePoint = null;
            return;
        }
        toCodePoint = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            toCodePoint[i] = cp;
            boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalf) {
                cp++;
            }
        }
        toCodePoint[text.length()] = cp;
    }

    int at(int utf16Index) {
        return toCodePoint == null ? utf16Index : toCodePoint[utf16Index];
    }
}
