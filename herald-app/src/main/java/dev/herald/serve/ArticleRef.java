package dev.herald.serve;

/**
 * The stored article a quote or an event was found in.
 *
 * @param id        its id
 * @param title     its headline, or empty
 * @param published its date, or empty
 */
public record ArticleRef(String id, String title, String published) {
    /** {@return the address of its page} */
    public String href() {
        return Hrefs.article(id);
    }
}
