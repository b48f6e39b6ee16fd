package dev.herald.dates;

import dev.herald.dates.DateExpression.Absolute;
import dev.herald.dates.DateExpression.Century;
import dev.herald.dates.DateExpression.Decade;
import dev.herald.dates.DateExpression.Direction;
import dev.herald.dates.DateExpression.Shift;
import dev.herald.dates.DateExpression.Weekday;
import dev.herald.dates.DateExpression.Yearless;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateResolverTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2022, 3, 29));
    private final DateResolver resolver = new DateResolver();

    @Test
    void yearless_dates_follow_their_direction() {
        assertThat(resolve(new Yearless(3, 29, Direction.ON_OR_BEFORE))).contains("2022-03-29");
        assertThat(resolve(new Yearless(3, 29, Direction.BEFORE))).contains("2021-03-29");
        assertThat(resolve(new Yearless(3, 29, Direction.ON_OR_AFTER))).contains("2022-03-29");
        assertThat(resolve(new Yearless(3, 29, Direction.AFTER))).contains("2023-03-29");
        assertThat(resolve(new Yearless(3, 0, Direction.BEFORE))).contains("2021-03");
        assertThat(resolve(new Yearless(4, 0, Direction.ON_OR_BEFORE))).contains("2021-04");
        assertThat(resolve(new Yearless(12, 0, Direction.SAME_YEAR))).contains("2022-12");
        assertThat(resolve(new Yearless(12, 25, Direction.SAME_YEAR))).contains("2022-12-25");
    }

    @Test
    void february_29_goes_to_the_nearest_leap_year_and_february_30_to_nothing() {
        assertThat(resolve(new Yearless(2, 29, Direction.ON_OR_BEFORE))).contains("2020-02-29");
        assertThat(resolve(new Yearless(2, 29, Direction.ON_OR_AFTER))).contains("2024-02-29");
        assertThat(resolve(new Yearless(2, 30, Direction.ON_OR_BEFORE))).isEmpty();
        assertThat(resolve(new Absolute(2022, 2, 30))).isEmpty();
    }

    @Test
    void weekdays_are_counted_from_publication() {
        assertThat(resolve(new Weekday(DayOfWeek.TUESDAY, Direction.ON_OR_BEFORE))).contains("2022-03-29");
        assertThat(resolve(new Weekday(DayOfWeek.TUESDAY, Direction.BEFORE))).contains("2022-03-22");
        assertThat(resolve(new Weekday(DayOfWeek.TUESDAY, Direction.AFTER))).contains("2022-04-05");
        assertThat(resolve(new Weekday(DayOfWeek.SUNDAY, Direction.ON_OR_AFTER))).contains("2022-04-03");
    }

    @Test
    void shifts_keep_the_precision_of_their_unit() {
        assertThat(List.of(resolve(new Shift(ChronoUnit.DAYS, -1)), resolve(new Shift(ChronoUnit.WEEKS, 0)),
                resolve(new Shift(ChronoUnit.MONTHS, -3)), resolve(new Shift(ChronoUnit.YEARS, 1)),
                resolve(new Shift(ChronoUnit.DECADES, -1))))
                .extracting(Optional::orElseThrow)
                .containsExactly("2022-03-28", "2022-W13", "2021-12", "2023", "201");
    }

    @Test
    void decades_and_centuries_use_iso_reduced_precision() {
        assertThat(resolve(new Decade(1990, false))).contains("199");
        assertThat(resolve(new Decade(90, true))).contains("199");
        assertThat(resolve(new Decade(20, true))).contains("202");
        assertThat(resolve(new Century(19))).contains("18");
        assertThat(resolve(new Century(21))).contains("20");
    }

    @Test
    void without_publication_date_only_absolute_expressions_resolve() {
        assertThat(resolver.resolve(new Absolute(2014, 0, 0), Optional.empty())).contains("2014");
        assertThat(resolver.resolve(new Decade(1990, false), Optional.empty())).contains("199");
        assertThat(resolver.resolve(new Yearless(2, 24, Direction.ON_OR_BEFORE), Optional.empty())).isEmpty();
        assertThat(resolver.resolve(new Shift(ChronoUnit.DAYS, -1), Optional.empty())).isEmpty();
        assertThat(resolver.resolve(new Decade(90, true), Optional.empty())).isEmpty();
    }

    @Test
    void impossible_expressions_are_rejected_when_built() {
        assertThatThrownBy(() -> new Absolute(2022, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Absolute(2022, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Yearless(0, 1, Direction.AFTER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weekday(null, Direction.AFTER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Century(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Optional<String> resolve(DateExpression expression) {
        return resolver.resolve(expression, PUBLISHED);
    }
}
