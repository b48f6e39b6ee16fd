package dev.herald.events;

import dev.herald.lexicon.Lexicon;
import dev.herald.lexicon.Lexicon.PronounCase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The third-person pronouns an event's source or target may be, from the shared {@link Lexicon}:
 * those of a person (he, her, his) and those of a body or group (it, they, their). Reflexives are left
 * out: "the army armed itself" names no second actor.
 */
record ActorPronouns(Set<String> person, Set<String> thing) {
    private static final List<PronounCase> CASES = List.of(PronounCase.SUBJECT, PronounCase.OBJECT,
            PronounCase.POSSESSIVE_DETERMINER, PronounCase.POSSESSIVE);

    ActorPronouns {
        person = Set.copyOf(person);
        thing = Set.copyOf(thing);
    }

    /** {@return the pronouns of {@code lexicon}'s {@code pronoun} lines} */
    static ActorPronouns of(Lexicon lexicon) {
        return new ActorPronouns(forms(lexicon, "m", "f"), forms(lexicon, "it", "they"));
    }

    private static Set<String> forms(Lexicon lexicon, String... keys) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            CASES.forEach(c -> out.add(lexicon.pronoun(key, c)));
        }
        return out;
    }
}
