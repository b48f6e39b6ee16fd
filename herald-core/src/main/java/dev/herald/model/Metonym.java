package dev.herald.model;

import java.util.Objects;

/**
 * A place name used for the government of its country: "Moscow" in "Moscow wants a deal", "Kyiv" in
 * "talks between Kyiv and Moscow", "Britain" in "Britain said". The mention stays a mention of its
 * place entity (a reader of the place still finds it there); this record links it to the entity of
 * the government it stands for.
 *
 * @param span       the place mention's span, as in the place entity
 * @param place      the id of the place entity the mention belongs to
 * @param government the id of the government entity it stands for
 * @param use        the sort of context that makes the use political
 */
public record Metonym(Span span, String place, String government, Use use) {
    public Metonym {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(government, "government");
        Objects.requireNonNull(use, "use");
    }

    /** The contexts in which a place name stands for a government. */
    public enum Use {
        /** The subject of a verb of saying, deciding, wanting, demanding ("Moscow wants"). */
        SUBJECT,
        /** The one addressed by an accusation, warning or demand ("accused Beijing of", "urged Moscow to"). */
        ADDRESSEE,
        /** The agent of such a verb in the passive ("a plan backed by Kyiv"). */
        AGENT,
        /** A party to talks, ties, relations or a dispute ("talks between Kyiv and Moscow", "ties with Tehran"). */
        PARTY,
        /** The owner of a position, response, demand or policy ("Beijing's response"). */
        POSSESSOR
    }
}
