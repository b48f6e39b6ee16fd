package dev.herald.dates;

import dev.herald.dates.DateExpression.Absolute;
import dev.herald.dates.DateExpression.Century;
import dev.herald.dates.DateExpression.Decade;
import dev.herald.dates.DateExpression.Direction;
import dev.herald.dates.DateExpression.Shift;
import dev.herald.dates.DateExpression.Weekday;
import dev.herald.dates.DateExpression.Yearless;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * Turns a {@link DateExpression} into an ISO 8601 value as precise as the expression: a year
 * ({@code 2014}), a month ({@code 2022-02}), a day ({@code 2022-02-24}), an ISO week
 * ({@code 2022-W11}, for "last week" and "two weeks ago"), a decade ({@code 199}, ISO 8601's
 * reduced precision for 1990-1999) or a century ({@code 18} for the 19th century).
 *
 * <p>Expressions that need the publication date resolve to empty without one, as do impossible
 * dates (February 30). Stateless.
 */
final class DateResolver {

    /** {@return the ISO value of {@code expression}, relative to {@code published} where it must be} */
    Optional<String> resolve(DateExpression expression, Optional<LocalDate> published) {
        if (expression instanceof Absolute a) {
            return absolute(a);
        }
        if (expression instanceof Decade d && !d.centuryOpen()) {
            return Optional.of(String.valueOf(d.firstYear() / 10));
        }
        if (expression instanceof Century c) {
            return Optional.of(String.format("%02d", c.ordinal() - 1));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate pub = published.get();
        if (expression instanceof Yearless y) {
            return y.day() == 0 ? Optional.of(month(y, pub).toString()) : day(y, pub).map(LocalDate::toString);
        }
        if (expression instanceof Weekday w) {
            return Optional.of(weekday(w, pub).toString());
        }
        if (expression instanceof Shift s) {
            return Optional.of(shift(s, pub));
        }
        if (expression instanceof Decade d) {
            int century = 2000 + d.firstYear() <= pub.getYear() ? 2000 : 1900;
            return Optional.of(String.valueOf((century + d.firstYear()) / 10));
        }
        throw new IllegalStateException("unhandled date expression " + expression);
    }

    private static Optional<String> absolute(Absolute a) {
        if (a.month() == 0) {
            return Optional.of(String.format("%04d", a.year()));
        }
        if (a.day() == 0) {
            return Optional.of(YearMonth.of(a.year(), a.month()).toString());
        }
        return valid(a.year(), a.month(), a.day()).map(LocalDate::toString);
    }

    private static YearMonth month(Yearless y, LocalDate pub) {
        YearMonth now = YearMonth.from(pub);
        YearMonth candidate = now.withMonth(y.month());
        return switch (y.direction()) {
            case ON_OR_BEFORE -> candidate.isAfter(now) ? candidate.minusYears(1) : candidate;
            case BEFORE -> candidate.isBefore(now) ? candidate : candidate.minusYears(1);
            case ON_OR_AFTER -> candidate.isBefore(now) ? candidate.plusYears(1) : candidate;
            case AFTER -> candidate.isAfter(now) ? candidate : candidate.plusYears(1);
            case SAME_YEAR -> candidate;
        };
    }

    private static Optional<LocalDate> day(Yearless y, LocalDate pub) {
        if (y.direction() == Direction.SAME_YEAR) {
            return valid(pub.getYear(), y.month(), y.day());
        }
        boolean past = y.direction() == Direction.ON_OR_BEFORE || y.direction() == Direction.BEFORE;
        boolean strict = y.direction() == Direction.BEFORE || y.direction() == Direction.AFTER;
        // Four years cover February 29.
        for (int i = 0; i <= 4; i++) {
            int year = pub.getYear() + (past ? -i : i);
            Optional<LocalDate> date = valid(year, y.month(), y.day());
            if (date.isPresent() && fits(date.get(), pub, past, strict)) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static LocalDate weekday(Weekday w, LocalDate pub) {
        if (w.direction() == Direction.SAME_YEAR) {
            throw new IllegalArgumentException("a weekday needs a direction before or after publication: " + w);
        }
        boolean past = w.direction() == Direction.ON_OR_BEFORE || w.direction() == Direction.BEFORE;
        boolean strict = w.direction() == Direction.BEFORE || w.direction() == Direction.AFTER;
        LocalDate date = pub;
        while (date.getDayOfWeek() != w.day() || !fits(date, pub, past, strict)) {
            date = past ? date.minusDays(1) : date.plusDays(1);
        }
        return date;
    }

    private static boolean fits(LocalDate date, LocalDate pub, boolean past, boolean strict) {
        if (date.isEqual(pub)) {
            return !strict;
        }
        return past ? date.isBefore(pub) : date.isAfter(pub);
    }

    private static String shift(Shift s, LocalDate pub) {
        return switch (s.unit()) {
            case DAYS -> pub.plusDays(s.amount()).toString();
            case WEEKS -> isoWeek(pub.plusWeeks(s.amount()));
            case MONTHS -> YearMonth.from(pub).plusMonths(s.amount()).toString();
            case YEARS -> String.format("%04d", pub.getYear() + s.amount());
            case DECADES -> String.valueOf((pub.getYear() + 10 * s.amount()) / 10);
            default -> throw new IllegalStateException("unsupported unit " + s.unit());
        };
    }

    private static String isoWeek(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
