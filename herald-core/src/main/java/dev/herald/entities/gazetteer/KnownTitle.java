package dev.herald.entities.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title an actor held, with the dates it was held where the actors file gives them: "Foreign
 * Secretary" was Liz Truss's from 2021-09-15 to 2022-09-06 and somebody else's before and after, so
 * an article from 2024 that says "the Foreign Secretary" is not about her.
 *
 * @param title the title as news writes it ("Foreign Secretary")
 * @param from  the first day it was held, if known
 * @param to    the day it ended (the successor's first day), if it has ended and that is known
 */
public record KnownTitle(String title, Optional<LocalDate> from, Optional<LocalDate> to) {
    /** "Foreign Secretary 2021-09-15..2022-09-06", either end may be left out ("President 2019-05-20.."). */
    private static final Pattern DATED = Pattern.compile("(.+?)\\s+(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    public KnownTitle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("title '" + title + "' ends before it starts");
        }
    }

    /** {@return a title held at every date} */
    public static KnownTitle undated(String title) {
        return new KnownTitle(title, Optional.empty(), Optional.empty());
    }

    /**
     * {@return the title written as in the actors file: "Title", or "Title FROM..TO" with ISO dates}
     *
     * @throws IllegalArgumentException if a date is not a real ISO date
     */
    public static KnownTitle parse(String written) {
        Matcher m = DATED.matcher(written.strip());
        if (!m.matches()) {
            return undated(written.strip());
        }
        try {
            return new KnownTitle(m.group(1).strip(), Optional.ofNullable(m.group(2)).map(LocalDate::parse),
                    Optional.ofNullable(m.group(3)).map(LocalDate::parse));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date in title '" + written + "': " + e.getParsedString(), e);
        }
    }

    /**
     * {@return whether the title was held on {@code date}; with no date (an article whose date is
     * unknown) every title counts as held}
     */
    public boolean heldOn(Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return true;
        }
        LocalDate d = date.get();
        return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> d.isBefore(t)).orElse(true);
    }
}
