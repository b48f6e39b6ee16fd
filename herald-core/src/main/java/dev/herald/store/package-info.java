/**
 * The store: article records kept in an embedded Apache Lucene index, searchable by their words,
 * entities, quotes and events, with facets, near-duplicates marked, and crash-safe commits. The
 * only package that imports Lucene.
 *
 * <ul>
 *   <li>{@link dev.herald.store.ArticleStore}: open a writer (creates the store) or a reader, add
 *       records, commit, search, read a record back byte for byte, stream records, count.</li>
 *   <li>{@link dev.herald.store.IngestSteps}: what a new record goes through before it is written
 *       ({@link dev.herald.store.DuplicateFinder} sets {@code duplicate_of}); a step is an
 *       {@link dev.herald.store.IngestStep}.</li>
 *   <li>{@link dev.herald.store.SearchRequest} in, {@link dev.herald.store.SearchResult} out, field
 *       for field the search JSON of the README.</li>
 * </ul>
 *
 * <p>Input: records of {@code herald.article/1} (as {@link dev.herald.record.ArticleRecord} makes
 * them). Output: the same records, with {@code duplicate_of} added.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.openWriter(Path.of("bbc.store"))) {
 *     AddResult r = store.add(ArticleRecord.of(article));   // ADDED, ALREADY_PRESENT or DUPLICATE
 *     store.commit();                                        // durable from here
 * }
 * try (ArticleStore store = ArticleStore.openReader(Path.of("bbc.store"))) {
 *     SearchResult found = store.search(SearchRequest.of("entity:Yukos AND entity:Gazprom"));
 * }
 * }</pre>
 */
package dev.herald.store;
