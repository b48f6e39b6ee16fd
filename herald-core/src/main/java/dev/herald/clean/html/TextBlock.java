package dev.herald.clean.html;

import org.jsoup.nodes.Element;

import java.util.Objects;

/**
 * A run of text a reader sees as one piece: the inline content of one block-level element
 * (a paragraph, a heading, a list item, the text standing directly in a div).
 *
 * @param owner     the nearest block-level element holding the text
 * @param text      the text, whitespace collapsed
 * @param chars     its characters that are not whitespace
 * @param linkChars of those, the ones inside links
 * @param order     its position among the page's blocks
 */
record TextBlock(Element owner, String text, int chars, int linkChars, int order) {
    TextBlock {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
    }

    /** {@return the share of the characters inside links, 0 to 1} */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** {@return the owner's tag name, lower-case} */
    String tag() {
        return owner.normalName();
    }

    /** {@return whether the owner is a heading h1 to h6} */
    boolean isHeading() {
        String t = tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
