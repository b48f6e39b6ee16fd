package dev.herald.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Optional;

/** Reads a page's {@code <meta>} tags and microdata properties. */
final class MetaTags {
    private MetaTags() {
    }

    /** {@return the content of the first meta tag whose property, name or itemprop is {@code name}} */
    static Optional<String> content(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** {@return the value of the first element with microdata property {@code prop}} */
    static Optional<String> itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return Optional.empty();
        }
        String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }
}
