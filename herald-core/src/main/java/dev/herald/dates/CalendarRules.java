package dev.herald.dates;

import dev.herald.dates.DateExpression.Absolute;
import dev.herald.dates.DateExpression.Century;
import dev.herald.dates.DateExpression.Decade;
import dev.herald.dates.DateExpression.Direction;
import dev.herald.dates.DateExpression.Yearless;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The readers of calendar expressions (dates, months, years, decades, centuries): each turns a match
 * of its pattern into a {@link Candidate}, or rejects it when the words around say it is no date
 * ("Theresa May 2017", "the 2000 troops"). Immutable.
 */
final class CalendarRules {

    private final DatePatterns patterns;
    private final TextContext context;
    private final Map<String, Integer> months;
    private final Set<String> monthContext;
    /** Months with their own, stricter context list, by number. */
    private final Map<Integer, Set<String>> ownMonthContext;
    private final Set<String> yearContext;

    CalendarRules(DateWords words, DatePatterns patterns, TextContext context) {
        this.patterns = patterns;
        this.context = context;
        this.months = words.numberedWords("month");
        this.monthContext = Set.copyOf(words.of("context", "month"));
        Map<Integer, Set<String>> own = new HashMap<>();
        words.byKey("context").forEach((key, list) -> {
            Integer month = months.get(DateWords.normalize(key));
            if (month != null) {
                own.put(month, Set.copyOf(list));
            }
        });
        this.ownMonthContext = Map.copyOf(own);
        this.yearContext = Set.copyOf(words.of("context", "year"));
    }

    /** {@return the calendar rules} */
    List<DateRule> all() {
        return List.of(
                new DateRule(patterns.monthDayYear, this::monthDay),
                new DateRule(patterns.dayMonthYear, this::monthDay),
                new DateRule(patterns.isoDate, this::isoDate),
                new DateRule(patterns.numericDate, this::numericDate),
                new DateRule(patterns.monthYear, this::monthDay),
                new DateRule(patterns.monthAlone, this::month),
                new DateRule(patterns.yearAlone, this::yearAlone),
                new DateRule(patterns.yearBeforeNoun, this::year),
                new DateRule(patterns.yearPossessive, this::year),
                new DateRule(patterns.yearInParentheses, this::year),
                new DateRule(patterns.decade, this::decade),
                new DateRule(patterns.century, this::century));
    }

    /** "February 24", "24th of February 2022", "Mon 28 March", "March 2022". */
    private Optional<Candidate> monthDay(String text, Matcher m) {
        int month = months.get(DateWords.normalize(m.group("month")));
        boolean monthLeads = m.start() == m.start("month");
        if (monthLeads && TextContext.afterCapitalizedWord(text, m.start())) {
            return Optional.empty();
        }
        int day = m.pattern() == patterns.monthYear ? 0 : Integer.parseInt(m.group("day"));
        if (m.group("year") != null) {
            return Optional.of(Candidate.of(m.start(), m.end(), new Absolute(year(m), month, day)));
        }
        if (monthLeads && context.countNounAfter(text, m.end())) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(m.start(), m.end(), new Yearless(month, day, context.tense(text, m.start()))));
    }

    /** "in March", "until mid-June", "last December", "this December". */
    private Optional<Candidate> month(String text, Matcher m) {
        String previous = TextContext.previousWord(text, m.start()).toLowerCase(Locale.ROOT);
        int month = months.get(DateWords.normalize(m.group("month")));
        if (m.group("mod") == null && !ownMonthContext.getOrDefault(month, monthContext).contains(previous)) {
            return Optional.empty();
        }
        Direction direction = switch (previous) {
            case "last" -> Direction.BEFORE;
            case "next" -> Direction.AFTER;
            case "this" -> Direction.SAME_YEAR;
            default -> context.tense(text, m.start());
        };
        boolean lastOrNext = previous.equals("last") || previous.equals("next") || previous.equals("this");
        int start = lastOrNext ? TextContext.previousWordStart(text, m.start()) : m.start();
        return Optional.of(Candidate.of(start, m.end(), new Yearless(month, 0, direction)));
    }

    /** "in 2014", "since 2015", "mid-2015"; not "£2015" or "in 2015 votes". */
    private Optional<Candidate> yearAlone(String text, Matcher m) {
        String previous = TextContext.previousWord(text, m.start()).toLowerCase(Locale.ROOT);
        if (m.group("mod") == null && !yearContext.contains(previous)) {
            return Optional.empty();
        }
        return year(text, m);
    }

    /** "the 2016 referendum", "2015's deal" and the years of {@link #yearAlone}. */
    private Optional<Candidate> year(String text, Matcher m) {
        if (context.countNounAfter(text, m.end())) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(m.start(), m.end(), new Absolute(year(m), 0, 0)));
    }

    /** The year or month after a connector, group {@code item}: "2015" in "between 2014 and 2015". */
    Optional<Candidate> continued(String text, Matcher m) {
        int start = m.start("item");
        if (m.group("year") != null) {
            return context.countNounAfter(text, m.end()) ? Optional.empty()
                    : Optional.of(Candidate.of(start, m.end(), new Absolute(year(m), 0, 0)));
        }
        int month = months.get(DateWords.normalize(m.group("month")));
        return Optional.of(Candidate.of(start, m.end(), new Yearless(month, 0, context.tense(text, start))));
    }

    /** "2022-03-29", "2022/3/29". */
    private Optional<Candidate> isoDate(String text, Matcher m) {
        return numeric(m, year(m), Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
    }

    /** "29/03/2022" and "29.03.2022", day first unless only month first makes sense ("03/29/2022"). */
    private Optional<Candidate> numericDate(String text, Matcher m) {
        int first = Integer.parseInt(m.group("first"));
        int second = Integer.parseInt(m.group("second"));
        boolean monthFirst = second > 12 && first <= 12;
        return numeric(m, year(m), monthFirst ? first : second, monthFirst ? second : first);
    }

    private static Optional<Candidate> numeric(Matcher m, int year, int month, int day) {
        if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(m.start(), m.end(), new Absolute(year, month, day)));
    }

    /** "the 1990s", "the early 2000s", "the '80s", "the 1990's"; not "1990's World Cup". */
    private Optional<Candidate> decade(String text, Matcher m) {
        boolean full = m.group("full") != null;
        int digits = Integer.parseInt(full ? m.group("full") : m.group("short"));
        boolean modified = m.start() < m.start(full ? "full" : "short");
        if (m.group("apostrophe") != null && !modified
                && !TextContext.previousWord(text, m.start()).equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(m.start(), m.end(), new Decade(digits, !full)));
    }

    /** "the 19th century", "the mid-20th century". */
    private Optional<Candidate> century(String text, Matcher m) {
        int ordinal = Integer.parseInt(m.group("ordinal"));
        if (ordinal < 1 || ordinal > 21) {
            return Optional.empty();
        }
        return Optional.of(Candidate.of(m.start(), m.end(), new Century(ordinal)));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }
}
