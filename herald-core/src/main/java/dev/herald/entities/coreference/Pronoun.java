package dev.herald.entities.coreference;

import dev.herald.lexicon.Lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A third-person pronoun: whom it can stand for (a person of a gender, or a body or place), its
 * number and its case. First and second person are not pronouns here.
 *
 * @param word   the word as written
 * @param gender the gender of a personal pronoun; empty for it/they
 * @param plural whether it is they, them, their, theirs or themselves
 * @param role   its case
 */
public record Pronoun(String word, Optional<PersonGender.Gender> gender, boolean plural, Case role) {
    /** The case of a pronoun. */
    enum Case { SUBJECT, OBJECT, POSSESSIVE, REFLEXIVE, SUBJECT_OR_OBJECT }

    /** {@return whether it stands for a person (he, she and their forms)} */
    public boolean personal() {
        return gender.isPresent();
    }

    /**
     * The third-person pronouns of a {@link Lexicon}'s {@code pronoun} lines, by word. A word written in
     * two cases of its line stands for both: subject and object ("it") is either; object and possessive
     * ("her") is told apart by its part of speech. Immutable and thread-safe.
     */
    public static final class Forms {
        /** lower-cased word -> its key (m, f, it, they) and the cases it is written in. */
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, EnumSet<Case>> cases = new HashMap<>();

        private Forms(Lexicon lexicon) {
            for (String key : List.of("m", "f", "it", "they")) {
                for (Lexicon.PronounCase c : Lexicon.PronounCase.values()) {
                    String w = lexicon.pronoun(key, c).toLowerCase(Locale.ROOT);
                    keys.put(w, key);
                    cases.computeIfAbsent(w, k -> EnumSet.noneOf(Case.class)).add(caseOf(c));
                }
            }
        }

        /** {@return the pronouns of {@code lexicon}} */
        public static Forms of(Lexicon lexicon) {
            return new Forms(lexicon);
        }

        /** {@return the pronoun {@code word} is, if it is a third-person one; {@code pos} tells object "her" from possessive} */
        public Optional<Pronoun> of(String word, String pos) {
            String lower = word.toLowerCase(Locale.ROOT);
            String key = keys.get(lower);
            if (key == null) {
                return Optional.empty();
            }
            Set<Case> written = cases.get(lower);
            Case role = written.size() == 1 ? written.iterator().next()
                    : written.equals(EnumSet.of(Case.SUBJECT, Case.OBJECT)) ? Case.SUBJECT_OR_OBJECT
                    : written.contains(Case.POSSESSIVE) && pos.equals("PRP$") ? Case.POSSESSIVE : Case.OBJECT;
            return switch (key) {
                case "m" -> person(word, PersonGender.Gender.MALE, role);
                case "f" -> person(word, PersonGender.Gender.FEMALE, role);
                default -> thing(word, key.equals("they"), role);
            };
        }

        private static Case caseOf(Lexicon.PronounCase c) {
            return switch (c) {
                case SUBJECT -> Case.SUBJECT;
                case OBJECT -> Case.OBJECT;
                case POSSESSIVE_DETERMINER, POSSESSIVE -> Case.POSSESSIVE;
                case REFLEXIVE -> Case.REFLEXIVE;
            };
        }
    }

    private static Optional<Pronoun> person(String word, PersonGender.Gender g, Case c) {
        return Optional.of(new Pronoun(word, Optional.of(g), false, c));
    }

    private static Optional<Pronoun> thing(String word, boolean plural, Case c) {
        return Optional.of(new Pronoun(word, Optional.empty(), plural, c));
    }
}
