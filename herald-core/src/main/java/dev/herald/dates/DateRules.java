package dev.herald.dates;

import dev.herald.dates.DateExpression.Absolute;
import dev.herald.dates.DateExpression.Century;
import dev.herald.dates.DateExpression.Decade;
import dev.herald.dates.DateExpression.Direction;
import dev.herald.dates.DateExpression.Shift;
import dev.herald.dates.DateExpression.Weekday;
import dev.herald.dates.DateExpression.Yearless;
import dev.herald.model.Span;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reader per pattern of {@link DatePatterns}: each turns a regex match into a {@link Candidate},
 * or rejects it when the words around say it is no date ("Theresa May 2017", "the 2000 troops").
 * Immutable.
 */
final class DateRules {

    /** A pattern and the reader of its matches. */
    record Rule(Pattern pattern, Reader reader) {
    }

    /** Reads one match of a rule's pattern in {@code text}. */
    @FunctionalInterface
    interface Reader {
        Optional<Candidate> read(String text, Matcher m);
    }

    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "decade", ChronoUnit.DECADES);

    private final DatePatterns patterns;
    private final TextContext context;
    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> dayShifts;
    private final Map<String, Integer> shifts;
    private final Set<String> monthContext;
    /** Months with their own, stricter context list, by number. */
    private final Map<Integer, Set<String>> ownMonthContext;
    private final Set<String> yearContext;

    DateRules(DateWords words, DatePatterns patterns) {
        this.patterns = patterns;
        this.context = new TextContext(patterns, words);
        this.months = words.numberedWords("month");
        this.weekdays = words.numberedWords("weekday");
        this.numbers = words.numberedWords("number");
        this.dayShifts = words.numberedWords("day");
        this.shifts = words.numberedWords("shift");
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

    /** {@return every rule, longest expressions first} */
    List<Rule> all() {
        return List.of(
                new Rule(patterns.monthDayYear, this::monthDay),
                new Rule(patterns.dayMonthYear, this::monthDay),
                new Rule(patterns.isoDate, this::isoDate),
                new Rule(patterns.numericDate, this::numericDate),
                new Rule(patterns.monthYear, this::monthDay),
                new Rule(patterns.monthAlone, this::month),
                new Rule(patterns.yearAlone, this::yearAlone),
                new Rule(patterns.yearBeforeNoun, this::year),
                new Rule(patterns.yearPossessive, this::year),
                new Rule(patterns.yearInParentheses, this::year),
                new Rule(patterns.dayPhrase, this::dayPhrase),
                new Rule(patterns.unitShift, this::unitShift),
                new Rule(patterns.unitsAgo, this::unitsAgo),
                new Rule(patterns.weekday, this::weekday),
                new Rule(patterns.decade, this::decade),
                new Rule(patterns.century, this::century));
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
            return Optional.of(candidate(m.start(), m.end(), new Absolute(year(m), month, day)));
        }
        if (monthLeads && context.countNounAfter(text, m.end())) {
            return Optional.empty();
        }
        return Optional.of(candidate(m.start(), m.end(), new Yearless(month, day, tense(text, m.start()))));
    }

    /** "in March", "until mid-June", "last December". */
    private Optional<Candidate> month(String text, Matcher m) {
        String previous = TextContext.previousWord(text, m.start()).toLowerCase(Locale.ROOT);
        int month = months.get(DateWords.normalize(m.group("month")));
        if (m.group("mod") == null && !ownMonthContext.getOrDefault(month, monthContext).contains(previous)) {
            return Optional.empty();
        }
        Direction direction = switch (previous) {
            case "last" -> Direction.BEFORE;
            case "next" -> Direction.AFTER;
            default -> tense(text, m.start());
        };
        boolean lastOrNext = previous.equals("last") || previous.equals("next") || previous.equals("this");
        int start = lastOrNext ? TextContext.previousWordStart(text, m.start()) : m.start();
        return Optional.of(candidate(start, m.end(), new Yearless(month, 0, direction)));
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
        return Optional.of(candidate(m.start(), m.end(), new Absolute(year(m), 0, 0)));
    }

    /** The year or month after a connector, group {@code item}: "2015" in "between 2014 and 2015". */
    Optional<Candidate> continued(String text, Matcher m) {
        int start = m.start("item");
        if (m.group("year") != null) {
            return context.countNounAfter(text, m.end()) ? Optional.empty()
                    : Optional.of(candidate(start, m.end(), new Absolute(year(m), 0, 0)));
        }
        int month = months.get(DateWords.normalize(m.group("month")));
        return Optional.of(candidate(start, m.end(), new Yearless(month, 0, tense(text, start))));
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
        return Optional.of(candidate(m.start(), m.end(), new Absolute(year, month, day)));
    }

    /** "yesterday", "last night", "this morning"; not "the Today programme". */
    private Optional<Candidate> dayPhrase(String text, Matcher m) {
        if (TextContext.capitalizedMidSentence(text, m.start())) {
            return Optional.empty();
        }
        int days = dayShifts.get(DateWords.normalize(m.group("phrase")));
        return Optional.of(candidate(m.start(), m.end(), new Shift(ChronoUnit.DAYS, days)));
    }

    /** "last month", "earlier this year", "next week". */
    private Optional<Candidate> unitShift(String text, Matcher m) {
        if (TextContext.capitalizedMidSentence(text, m.start())) {
            return Optional.empty();
        }
        int amount = shifts.get(DateWords.normalize(m.group("shift")));
        ChronoUnit unit = UNITS.get(m.group("unit").toLowerCase(Locale.ROOT));
        return Optional.of(candidate(m.start(), m.end(), new Shift(unit, amount)));
    }

    /** "three days ago", "a year ago", "2 weeks ago". */
    private Optional<Candidate> unitsAgo(String text, Matcher m) {
        String count = m.group("count");
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : numbers.get(DateWords.normalize(count));
        ChronoUnit unit = UNITS.get(m.group("unit").toLowerCase(Locale.ROOT));
        return Optional.of(candidate(m.start(), m.end(), new Shift(unit, -n)));
    }

    /** "on Monday", "last Tuesday", "Friday night"; not "Black Friday", "GMTV's Sunday Programme". */
    private Optional<Candidate> weekday(String text, Matcher m) {
        String mod = m.group("mod") == null ? "on" : m.group("mod").toLowerCase(Locale.ROOT);
        if (m.group("mod") == null && (TextContext.afterCapitalizedWord(text, m.start("weekday"))
                || TextContext.beforeCapitalizedWord(text, m.end()))) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.of(weekdays.get(DateWords.normalize(m.group("weekday"))));
        Direction direction = switch (mod) {
            case "last" -> Direction.BEFORE;
            case "next" -> Direction.AFTER;
            default -> context.futureBefore(text, m.start()) ? Direction.AFTER : Direction.ON_OR_BEFORE;
        };
        int start = mod.equals("on") ? m.start("weekday") : m.start();
        return Optional.of(candidate(start, m.end(), new Weekday(day, direction)));
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
        return Optional.of(candidate(m.start(), m.end(), new Decade(digits, !full)));
    }

    /** "the 19th century", "the mid-20th century". */
    private Optional<Candidate> century(String text, Matcher m) {
        int ordinal = Integer.parseInt(m.group("ordinal"));
        if (ordinal < 1 || ordinal > 21) {
            return Optional.empty();
        }
        return Optional.of(candidate(m.start(), m.end(), new Century(ordinal)));
    }

    /** {@return the direction of a date without year: ahead after a future cue, else behind} */
    Direction tense(String text, int start) {
        return context.futureBefore(text, start) ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static Candidate candidate(int start, int end, DateExpression expression) {
        return new Candidate(new Span(start, end), expression);
    }
}
