package dev.herald.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The UI's addresses, built in one place so that every page links the same way. */
public final class Hrefs {
    private Hrefs() {
    }

    /** {@return the page of the entity with this cross-article key} */
    public static String entity(String key) {
        return "/entity/" + pathSegment(key);
    }

    /** {@return the page of the stored article with this id} */
    public static String article(String id) {
        return "/article/" + pathSegment(id);
    }

    /** {@return the search page for {@code query}} */
    public static String search(String query) {
        return "/?q=" + queryValue(query);
    }

    static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        // URLEncoder writes a space as '+', which a path keeps as a plus sign.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
