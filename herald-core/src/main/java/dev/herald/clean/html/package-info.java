/**
 * Finding the article in an HTML page: its body, its metadata, and everything else set aside with
 * a kind. jsoup parses; the decisions are Herald's own.
 *
 * <p>The steps, in {@link dev.herald.clean.html.PageExtractor}:
 * <ol>
 *   <li>parse the page; read its JSON-LD ({@code JsonLd}) and metadata ({@code MetadataExtractor},
 *       {@code PublishedDate}, {@code AuthorNames}): title, date, authors, site, canonical URL, language;</li>
 *   <li>flatten the page into text blocks ({@code BlockReader}), walking the tree without recursion
 *       and skipping scripts, forms and hidden elements;</li>
 *   <li>mark teasers, the summaries of other articles ({@code TeaserFinder});</li>
 *   <li>choose the container whose prose outweighs its links and boilerplate ({@code ContainerChooser}),
 *       with class/id hints and JSON-LD {@code articleBody} as evidence;</li>
 *   <li>sort each block into the body or into boilerplate with its kind ({@code BlockSorter}), and
 *       gather the related-article links.</li>
 * </ol>
 * The rules (class/id words, tags, thresholds, boilerplate phrases) are in the commented
 * {@code extraction.properties} beside this package's classes ({@link dev.herald.clean.html.ExtractionConfig}).
 *
 * <pre>{@code
 * Cleaned c = new PageExtractor(ExtractionConfig.defaults()).extract(html);
 * if (c instanceof Cleaned.Text t) { ... t.metadata().published() ... t.body() ... t.boilerplate() ... }
 * }</pre>
 */
package dev.herald.clean.html;
