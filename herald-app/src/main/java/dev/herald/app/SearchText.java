package dev.herald.app;

import dev.herald.store.FacetValue;
import dev.herald.store.Hit;
import dev.herald.store.SearchResult;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code herald search --format text}: a numbered list a person reads, matched words highlighted. */
final class SearchText {
    private static final String BOLD = "\033[1m";
    private static final String PLAIN = "\033[0m";

    private SearchText() {
    }

    /**
     * {@return the hits as a list; {@code terminal} shows matched words in bold, else between
     * asterisks}
     */
    static String of(SearchResult result, int offset, boolean terminal) {
        StringBuilder b = new StringBuilder();
        b.append(result.total()).append(result.total() == 1 ? " article matches" : " articles match");
        if (!result.hits().isEmpty()) {
            b.append(", ").append(offset + 1).append("-").append(offset + result.hits().size()).append(" shown");
        }
        b.append("\n");
        int n = offset;
        for (Hit h : result.hits()) {
            b.append("\n").append(++n).append(". ").append(h.title().orElse("(no title)")).append("\n   ")
                    .append(h.published().orElse("no date")).append(" · ").append(h.site().orElse("no site"))
                    .append(" · ").append(h.id());
            h.duplicateOf().ifPresent(d -> b.append(" · duplicate of ").append(d));
            b.append("\n   ").append(plain(h.snippet(), terminal)).append("\n");
        }
        for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                b.append("\n").append(facet.getKey()).append(": ").append(facet.getValue().stream()
                        .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", ")));
            }
        }
        if (!result.facets().isEmpty()) {
            b.append("\n");
        }
        return b.toString();
    }

    /** The snippet is HTML (escaped, {@code <b>} around matches): made readable on a terminal. */
    static String plain(String snippet, boolean terminal) {
        return snippet.replace("<b>", terminal ? BOLD : "*").replace("</b>", terminal ? PLAIN : "*")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
