package dev.herald.entities.gazetteer;

import java.util.Objects;

/**
 * One surface form of an {@link Actor}.
 *
 * @param form  the name as written ("The Times", "Kyiv")
 * @param actor whom it names
 * @param weak  whether the form is a common word ("Times", "Sun") that only types a name NER found,
 *              and never makes a name on its own
 * @param folded whether the form comes from a dictionary written in capitals (PETRARCH2's): it
 *               matches the words in any case as long as each is capitalized ("Tony Blair" for
 *               "TONY BLAIR"), since the dictionary does not say how the name is written
 */
public record GazetteerName(String form, Actor actor, boolean weak, boolean folded) {
    public GazetteerName {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(actor, "actor");
    }

    /** A name of the team's own files, written as news writes it. */
    public GazetteerName(String form, Actor actor, boolean weak) {
        this(form, actor, weak, false);
    }
}
