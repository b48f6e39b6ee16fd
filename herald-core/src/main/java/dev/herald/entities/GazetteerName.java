package dev.herald.entities;

import java.util.Objects;

/**
 * One surface form of an {@link Actor}.
 *
 * @param form  the name as written ("The Times", "Kyiv")
 * @param actor whom it names
 * @param weak  whether the form is a common word ("Times", "Sun") that only types a name NER found,
 *              and never makes a name on its own
 */
public record GazetteerName(String form, Actor actor, boolean weak) {
    public GazetteerName {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(actor, "actor");
    }
}
