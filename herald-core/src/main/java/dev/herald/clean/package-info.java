/**
 * Finding the article in an input: the headline, the body as paragraphs, and everything else kept
 * aside as boilerplate with its kind, never lost.
 *
 * <p>Scraped text ({@link dev.herald.clean.TextCleaner}): each line is a paragraph, and the first
 * rule of {@link dev.herald.clean.TextRules} that matches a line decides whether it is boilerplate
 * and of which kind. The rules are data, not code: the commented file
 * {@code dev/herald/clean/text-rules.txt} gives for each rule a kind (CONSENT, RELATED, FOOTER,
 * NAVIGATION, ADVERT, BYLINE, OTHER), a scope ({@code line}, {@code paragraph}, {@code lead},
 * {@code teaser}, {@code block-start}, {@code block-end}, {@code label}) and a regular expression.
 * Related headlines ("DON'T MISS:" lists, "READ MORE: ... [UPDATE]") are also returned as links with
 * their label.
 *
 * <pre>{@code
 * Cleaned c = new TextCleaner().clean(scrapedText);
 * if (c instanceof Cleaned.Text t) { ... t.body() ... t.boilerplate() ... }
 * }</pre>
 */
package dev.herald.clean;
