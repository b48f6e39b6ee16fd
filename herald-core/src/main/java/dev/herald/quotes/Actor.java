package dev.herald.quotes;

import dev.herald.model.Span;

import java.util.Objects;

/**
 * An expression of the text that may be the speaker of a quotation: a name, a pronoun, an unnamed
 * source, an office title or a spokesperson of a body.
 *
 * @param span   the whole expression ("Ms Truss", "a UK Government source" without the article)
 * @param kind   what sort of expression it is
 * @param text   the words that name it: the name without honorific, the description of an unnamed
 *               source, the lower-case title, the pronoun
 * @param target the name the speaker is looked up by: the name words, or for a spokesperson the body
 * @param gender the gender its words tell
 */
record Actor(Span span, Kind kind, String text, Span target, Lexicon.Gender gender) {
    Actor {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(gender, "gender");
    }

    /**
     * Sorts of speaker expression, in the order a subject is preferred when none stands next to the cue.
     * A {@code DESCRIPTION} is a common noun phrase that speaks only as the subject of a cue ("His lawyer
     * said", "a review of the records shows"), not a noun known to name sources as {@code ANONYMOUS} ones are.
     */
    enum Kind { PERSON, SPOKESPERSON, ANONYMOUS, ORGANIZATION, BODY, TITLE, PRONOUN, PLACE, DESCRIPTION }
}
