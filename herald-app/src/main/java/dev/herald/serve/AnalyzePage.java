package dev.herald.serve;

/**
 * The analyze page: the form, and the article once analyzed.
 *
 * @param input   what was pasted, shown again in the form
 * @param date    the publication date given, or empty
 * @param article the analyzed article, or null before one is analyzed or when it failed
 * @param failure why the input could not be analyzed, or empty
 */
public record AnalyzePage(String input, String date, ArticleView article, String failure) {
    static AnalyzePage empty() {
        return new AnalyzePage("", "", null, "");
    }
}
