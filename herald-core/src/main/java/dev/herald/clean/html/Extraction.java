package dev.herald.clean.html;

import dev.herald.model.Boilerplate;
import dev.herald.model.RelatedLink;

import java.util.List;

/**
 * The article's body found in a page, and what was set aside.
 *
 * @param paragraphs  the body's paragraphs, headings and list items, in order
 * @param boilerplate every visible block removed, in page order, with its kind
 * @param related     links to other articles found in the removed blocks
 */
record Extraction(List<String> paragraphs, List<Boilerplate> boilerplate, List<RelatedLink> related) {
    Extraction {
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
        related = List.copyOf(related);
    }

    /** {@return the number of characters in the body} */
    int bodyChars() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
