package dev.herald.clean;

import dev.herald.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A first extraction from HTML: the title and the paragraphs of the body. */
public final class HtmlCleaner implements Cleaner {
    @Override
    public Cleaned clean(String content) {
        Document doc = Jsoup.parse(content);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            paragraphs.add(p.text());
        }
        String body = Paragraphs.join(paragraphs);
        if (body.isBlank()) {
            return new Cleaned.Rejected("no paragraphs of text in the page");
        }
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        Metadata metadata = Metadata.empty().withTitle(title.isBlank() ? Optional.empty() : Optional.of(title.strip()));
        return new Cleaned.Text(metadata, body, List.of(), List.of());
    }
}
