package dev.herald.serve;

import java.util.List;

/**
 * The article page: the article, and the stored near-duplicates of it.
 *
 * @param article    the article
 * @param duplicates stored articles found to repeat it
 */
public record ArticlePage(ArticleView article, List<ArticleRef> duplicates) {
}
