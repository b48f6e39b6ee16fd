package dev.herald.entities.gazetteer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownTitleTest {

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void a_dated_title_is_held_from_its_first_day_until_its_successors_first_day() {
        KnownTitle t = KnownTitle.parse("Foreign Secretary 2021-09-15..2022-09-06");
        assertThat(t.title()).isEqualTo("Foreign Secretary");
        assertThat(t.heldOn(day("2021-09-14"))).isFalse();
        assertThat(t.heldOn(day("2021-09-15"))).isTrue();
        assertThat(t.heldOn(day("2022-09-05"))).isTrue();
        assertThat(t.heldOn(day("2022-09-06"))).isFalse();
    }

    @Test
    void either_end_may_be_open() {
        assertThat(KnownTitle.parse("President 2019-05-20..").heldOn(day("2040-01-01"))).isTrue();
        assertThat(KnownTitle.parse("President 2019-05-20..").heldOn(day("2019-01-01"))).isFalse();
        assertThat(KnownTitle.parse("Mayor ..2016-05-09").heldOn(day("1990-01-01"))).isTrue();
        assertThat(KnownTitle.parse("Mayor ..2016-05-09").title()).isEqualTo("Mayor");
    }

    @Test
    void an_undated_title_and_an_undated_article_always_match() {
        assertThat(KnownTitle.parse("Kremlin spokesman")).isEqualTo(KnownTitle.undated("Kremlin spokesman"));
        assertThat(KnownTitle.undated("Mayor").heldOn(day("1900-01-01"))).isTrue();
        assertThat(KnownTitle.parse("Prime Minister 2022-09-06..2022-10-25").heldOn(Optional.empty())).isTrue();
    }

    @Test
    void impossible_dates_are_refused_with_the_title_named() {
        assertThatThrownBy(() -> KnownTitle.parse("Chancellor 2020-02-30.."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Chancellor 2020-02-30..");
        assertThatThrownBy(() -> KnownTitle.parse("Chancellor 2022-01-01..2020-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
    }

    @Test
    void an_actor_lists_the_titles_it_held_on_a_day_once_each() {
        Actor a = new Actor("Ana Ruiz", dev.herald.model.EntityType.PERSON, Optional.empty(), Optional.empty(),
                Actor.Kind.PERSON, java.util.List.of(KnownTitle.parse("Mayor 2001-01-01..2005-01-01"),
                KnownTitle.parse("Mayor 2009-01-01.."), KnownTitle.parse("Senator 2005-01-01..2009-01-01")));
        assertThat(a.titlesHeldOn(day("2003-06-01"))).containsExactly("Mayor");
        assertThat(a.titlesHeldOn(day("2007-06-01"))).containsExactly("Senator");
        assertThat(a.titlesHeldOn(Optional.empty())).containsExactly("Mayor", "Senator");
    }
}
