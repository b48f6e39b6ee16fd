package dev.herald.clean;

import dev.herald.model.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cleans plain text scraped from a news page: the first non-empty line is the headline, the rest
 * are paragraphs.
 */
public final class TextCleaner implements Cleaner {
    @Override
    public Cleaned clean(String content) {
        List<String> lines = content.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return new Cleaned.Rejected("no text");
        }
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        if (body.isEmpty()) {
            return new Cleaned.Rejected("only a headline, no body");
        }
        Metadata metadata = Metadata.empty().withTitle(Optional.of(lines.get(0)));
        return new Cleaned.Text(metadata, Paragraphs.join(body), List.of(), List.of());
    }
}
