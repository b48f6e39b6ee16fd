package dev.herald.clean;

import java.util.List;

/** Joins paragraphs the way the record's {@code text} has them: one blank line between. */
final class Paragraphs {
    private Paragraphs() {
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }
}
