package dev.herald.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a date expression says, before it is resolved against the publication date. The variants are
 * closed: {@link DateResolver} handles each one.
 */
sealed interface DateExpression {

    /** Which way an expression that leaves the year or week open points from publication. */
    enum Direction {
        /** The latest on or before publication: "on February 24", "in March", "on Monday". */
        ON_OR_BEFORE,
        /** The latest strictly before publication: "last Tuesday", "last March". */
        BEFORE,
        /** The earliest on or after publication: "talks will resume on April 4". */
        ON_OR_AFTER,
        /** The earliest strictly after publication: "next Friday", "next March". */
        AFTER,
        /** In the year of publication, before or after: "this December". Not used for weekdays. */
        SAME_YEAR
    }

    /** A calendar year, month or day that needs no publication date ({@code month}, {@code day} 0 = unsaid). */
    record Absolute(int year, int month, int day) implements DateExpression {
        public Absolute {
            if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
                throw new IllegalArgumentException("bad date " + year + "-" + month + "-" + day);
            }
        }
    }

    /** A month, or a day of a month, without its year ({@code day} 0 = unsaid). */
    record Yearless(int month, int day, Direction direction) implements DateExpression {
        public Yearless {
            Objects.requireNonNull(direction, "direction");
            if (month < 1 || month > 12 || day < 0 || day > 31) {
                throw new IllegalArgumentException("bad month/day " + month + "/" + day);
            }
        }
    }

    /** A day of the week near publication: "on Monday", "last Tuesday". */
    record Weekday(DayOfWeek day, Direction direction) implements DateExpression {
        public Weekday {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * A shift from publication in days, weeks, months, years or decades, resolved at the precision of
     * the unit: "yesterday" (-1 day), "last month" (-1 month), "two weeks ago" (-2 weeks).
     */
    record Shift(ChronoUnit unit, int amount) implements DateExpression {
        public Shift {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A decade: "the 1990s" ({@code firstYear} 1990), or "the '90s" ({@code firstYear} 90, century open). */
    record Decade(int firstYear, boolean centuryOpen) implements DateExpression {
    }

    /** A century by its ordinal: "the 19th century" ({@code ordinal} 19). */
    record Century(int ordinal) implements DateExpression {
        public Century {
            if (ordinal < 1 || ordinal > 99) {
                throw new IllegalArgumentException("bad century " + ordinal);
            }
        }
    }
}
