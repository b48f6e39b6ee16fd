package dev.herald.dates;

import dev.herald.lexicon.Lexicon;
import dev.herald.model.Article;
import dev.herald.model.DateMention;
import dev.herald.model.Layer;
import dev.herald.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds date and time expressions in the text and resolves them to ISO 8601 values against the
 * article's publication date ({@code metadata().published()}).
 *
 * <p>Requires nothing. Provides {@code dates}: one {@link DateMention} per expression, its span
 * covering exactly the expression ("February 24", "last month", "mid-2015"; not the preposition
 * before it), its value as precise as the text:
 * <ul>
 *   <li>{@code 2014} for a year, {@code 2022-02} for a month, {@code 2022-02-24} for a day; a time of
 *       day keeps its date ("last night" is the day before publication);</li>
 *   <li>{@code 2022-W11} (ISO week) for "last week", "this week", "two weeks ago";</li>
 *   <li>{@code 199} for "the 1990s" (ISO 8601 reduced precision: the decade 1990-1999) and
 *       {@code 18} for "the 19th century" (1800-1899).</li>
 * </ul>
 *
 * <p>A date without a year ("February 24", "in March") or a weekday ("on Monday") is the latest one
 * on or before publication, unless its sentence has a future cue before it ("will", "is due", "is
 * set to"), in which case it is the earliest one on or after publication (a weekday: strictly
 * after); "last March"/"last Tuesday" are strictly before, "next ..." strictly after, "this
 * December" is in the year of publication. Without a publication date, expressions that need one
 * are left out; absolute ones stay. Clock times ("9am"), seasons and weekends are not taken.
 *
 * <p>Lone month names need a date context ("in", "since", "until", "by", "last", "mid-"...; "May",
 * also a name, has a shorter list) and are matched only capitalized, so "may" the verb and
 * "protesters march" are not dates; abbreviations ("Jan", "Sun") need a day number or year. Weekday
 * names are not taken inside names ("Black Friday", "Mail on Sunday", "GMTV's Sunday Programme").
 * A four-digit number is a year only in 1800-2100 and in a date context, never as money or a count
 * ("£2015", "2,000 troops", "in 2015 votes"). The words are data:
 * {@code dev/herald/dates/date-words.txt}.
 *
 * <p>Options: none. Stateless and thread-safe: the patterns are compiled once, in the constructor.
 */
public final class DateFinder implements Stage {
    private final DateMatcher matcher;
    private final DateResolver resolver = new DateResolver();

    /** Builds a finder from the bundled word list and lexicon. */
    public DateFinder() {
        this(Lexicon.bundled());
    }

    /** Builds a finder from the bundled word list, with the month names of {@code lexicon}. */
    public DateFinder(Lexicon lexicon) {
        this.matcher = new DateMatcher(DateWords.load(lexicon));
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public Article apply(Article article) {
        return article.with(Layer.DATES, find(article.text(), article.metadata().published()));
    }

    /** {@return the date mentions of {@code text}, resolved against {@code published}} */
    public List<DateMention> find(String text, Optional<LocalDate> published) {
        List<DateMention> mentions = new ArrayList<>();
        for (Candidate c : matcher.find(text)) {
            resolver.resolve(c.expression(), published)
                    .ifPresent(value -> mentions.add(new DateMention(c.span(), c.span().of(text), value)));
        }
        return List.copyOf(mentions);
    }
}
