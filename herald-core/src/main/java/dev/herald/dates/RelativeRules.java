package dev.herald.dates;

import dev.herald.dates.DateExpression.Direction;
import dev.herald.dates.DateExpression.Shift;
import dev.herald.dates.DateExpression.Weekday;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The readers of expressions relative to publication: "yesterday", "last month", "three days ago",
 * "on Monday". Each turns a match of its pattern into a {@link Candidate}, or rejects it ("the Today
 * programme", "Black Friday"). Immutable.
 */
final class RelativeRules {
    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "decade", ChronoUnit.DECADES);

    private final DatePatterns patterns;
    private final TextContext context;
    private final Map<String, Integer> weekdays;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> dayShifts;
    private final Map<String, Integer> shifts;

    RelativeRules(DateWords words, DatePatterns patterns, TextContext context) {
        this.patterns = patterns;
        this.context = context;
        this.weekdays = words.numberedWords("weekday");
        this.numbers = words.numberedWords("number");
        this.dayShifts = words.numberedWords("day");
        this.shifts = words.numberedWords("shift");
    }

    /** {@return the relative rules} */
    List<DateRule> all() {
        return List.of(
                new DateRule(patterns.dayPhrase, this::dayPhrase),
                new DateRule(patterns.unitShift, this::unitShift),
                new DateRule(patterns.unitsAgo, this::unitsAgo),
                new DateRule(patterns.weekday, this::weekday));
    }

    /** "yesterday", "last night", "this morning"; not "the Today programme". */
    private Optional<Candidate> dayPhrase(String text, Matcher m) {
        if (TextContext.capitalizedMidSentence(text, m.start())) {
            return Optional.empty();
        }
        int days = dayShifts.get(DateWords.normalize(m.group("phrase")));
        return Optional.of(Candidate.of(m.start(), m.end(), new Shift(ChronoUnit.DAYS, days)));
    }

    /** "last month", "earlier this year", "next week". */
    private Optional<Candidate> unitShift(String text, Matcher m) {
        if (TextContext.capitalizedMidSentence(text, m.start())) {
            return Optional.empty();
        }
        int amount = shifts.get(DateWords.normalize(m.group("shift")));
        ChronoUnit unit = UNITS.get(m.group("unit").toLowerCase(Locale.ROOT));
        return Optional.of(Candidate.of(m.start(), m.end(), new Shift(unit, amount)));
    }

    /** "three days ago", "a year ago", "2 weeks ago". */
    private Optional<Candidate> unitsAgo(String text, Matcher m) {
        String count = m.group("count");
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : numbers.get(DateWords.normalize(count));
        ChronoUnit unit = UNITS.get(m.group("unit").toLowerCase(Locale.ROOT));
        return Optional.of(Candidate.of(m.start(), m.end(), new Shift(unit, -n)));
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
        return Optional.of(Candidate.of(start, m.end(), new Weekday(day, direction)));
    }
}
