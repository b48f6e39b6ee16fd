/**
 * Finding the article in an input: the headline, the body as paragraphs, and everything else kept
 * aside as boilerplate with its kind, never lost.
 *
 * <pre>{@code
 * Cleaned c = new TextCleaner().clean(scrapedText);
 * if (c instanceof Cleaned.Text t) { ... t.body() ... t.boilerplate() ... }
 * }</pre>
 */
package dev.herald.clean;
