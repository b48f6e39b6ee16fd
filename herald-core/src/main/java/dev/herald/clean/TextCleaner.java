package dev.herald.clean;

import dev.herald.model.Metadata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans plain text as scraped from a news page. The first non-empty line is the headline (the
 * metadata's title); each later non-blank line is a paragraph, which is either kept in the body or
 * removed as boilerplate of a kind (consent notice, related headlines, footer, navigation, advert,
 * byline, other) by the first rule that matches it. Nothing is lost: headline, body paragraphs and
 * boilerplate together hold every non-blank line of the input, in order.
 *
 * <p>Requires: text whose lines are paragraphs (blank lines between them are optional; they group
 * lines into blocks, which bounds lists of related headlines). Provides: {@link Cleaned.Text} with
 * the body's paragraphs joined by one blank line, the boilerplate in input order, and the related
 * headlines with their label ({@code "[UPDATE]"} gives {@code UPDATE}); or {@link Cleaned.Rejected}
 * when there is no text, only a headline, or nothing but boilerplate.
 *
 * <p>Options: the {@link TextRules}; by default {@link TextRules#standard()}, the commented rule file
 * {@code dev/herald/clean/text-rules.txt}, which lists every rule, its kind and scope. Shapes the
 * file cannot express are in {@code LineShapes}: a listed headline has at most
 * {@value LineShapes#HEADLINE_MAX_WORDS} words and no final full stop; a footer ({@code block-end})
 * takes the rest of the page only when no paragraph of {@value LineShapes#PROSE_MIN_WORDS} words or
 * more follows it; a teaser shares no content word with the headline ("Japan" and "Japanese" count
 * as shared); a line repeating the headline before the body is removed as OTHER.
 *
 * Lead rules (bare names, desks, roles) apply only in the head of the article or of a live-blog
 * entry: until a paragraph of prose is kept, and again after a line removed as a byline. Whole-line
 * rules skip lines longer than {@value TextRule#MAX_WHOLE_LINE} characters.
 *
 * <p>Kept in the body on purpose: datelines ("KYIV, Ukraine (AP) —"), crossheads, live-blog entry
 * headings, standfirsts and summary bullets that share words with the headline. Removed on purpose:
 * live-blog timestamps on their own line ("10:42 a.m. ET", as BYLINE): they stamp a post as
 * "Published 10:03" stamps a page, they stay in order in the boilerplate, and in the text the date
 * finder would read them as times of the story.
 *
 * <pre>{@code
 * Cleaned c = new TextCleaner().clean("Headline\n\nBy Jane Doe\n\nFirst paragraph.\n\nAdvertisement");
 * // Text: title "Headline", body "First paragraph.", boilerplate [BYLINE "By Jane Doe", ADVERT "Advertisement"]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner implements Cleaner {
    private final TextRules rules;

    /** A cleaner with the standard rules. */
    public TextCleaner() {
        this(TextRules.standard());
    }

    /** A cleaner with {@code rules}. */
    public TextCleaner(TextRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Cleaned clean(String content) {
        List<InputLine> lines = InputLine.of(content);
        if (lines.isEmpty()) {
            return new Cleaned.Rejected("no text");
        }
        if (lines.size() == 1) {
            return new Cleaned.Rejected("only a headline, no body");
        }
        String headline = lines.get(0).text();
        LineSorter.Sorted sorted = new LineSorter(rules, headline, lines.subList(1, lines.size())).sort();
        if (sorted.body().isEmpty()) {
            return new Cleaned.Rejected("no body text: all " + (lines.size() - 1)
                    + " lines after the headline are boilerplate");
        }
        Metadata metadata = Metadata.empty().withTitle(Optional.of(headline));
        return new Cleaned.Text(metadata, Paragraphs.join(sorted.body()), sorted.boilerplate(), sorted.related());
    }
}
