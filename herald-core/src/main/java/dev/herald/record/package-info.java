/**
 * The outside format: the article record of CONTRACT.md, written from the model with offsets in
 * code points. Extend it by adding fields; never remove or rename one.
 *
 * <pre>{@code
 * String line = ArticleRecord.toLine(ArticleRecord.of(article));
 * }</pre>
 */
package dev.herald.record;
