/**
 * Herald's one article data model: immutable records, no dependencies.
 *
 * <p>An {@link dev.herald.model.Article} owns the clean {@code text}; everything else is a
 * {@link dev.herald.model.Layer} of records whose {@link dev.herald.model.Span}s point into it
 * (UTF-16 indices, half-open). Stages add layers with {@code article.with(layer, items)}:
 *
 * <pre>{@code
 * Article a = Article.of(source, metadata, "Ana Silva said: \"We will win.\"", List.of(), List.of());
 * a = a.with(Layer.DATES, List.of());
 * }</pre>
 */
package dev.herald.model;
