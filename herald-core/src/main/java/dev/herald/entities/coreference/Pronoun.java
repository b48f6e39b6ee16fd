package dev.herald.entities.coreference;

import java.util.Locale;
import java.util.Optional;

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

    /** {@return the pronoun {@code word} is, if it is a third-person one; {@code pos} tells object "her" from possessive} */
    public static Optional<Pronoun> of(String word, String pos) {
        PersonGender.Gender m = PersonGender.Gender.MALE;
        PersonGender.Gender f = PersonGender.Gender.FEMALE;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he" -> person(word, m, Case.SUBJECT);
            case "him" -> person(word, m, Case.OBJECT);
            case "his" -> person(word, m, Case.POSSESSIVE);
            case "himself" -> person(word, m, Case.REFLEXIVE);
            case "she" -> person(word, f, Case.SUBJECT);
            case "her" -> person(word, f, pos.equals("PRP$") ? Case.POSSESSIVE : Case.OBJECT);
            case "hers" -> person(word, f, Case.POSSESSIVE);
            case "herself" -> person(word, f, Case.REFLEXIVE);
            case "it" -> thing(word, false, Case.SUBJECT_OR_OBJECT);
            case "its" -> thing(word, false, Case.POSSESSIVE);
            case "itself" -> thing(word, false, Case.REFLEXIVE);
            case "they" -> thing(word, true, Case.SUBJECT);
            case "them" -> thing(word, true, Case.OBJECT);
            case "their", "theirs" -> thing(word, true, Case.POSSESSIVE);
            case "themselves" -> thing(word, true, Case.REFLEXIVE);
            default -> Optional.empty();
        };
    }

    private static Optional<Pronoun> person(String word, PersonGender.Gender g, Case c) {
        return Optional.of(new Pronoun(word, Optional.of(g), false, c));
    }

    private static Optional<Pronoun> thing(String word, boolean plural, Case c) {
        return Optional.of(new Pronoun(word, Optional.empty(), plural, c));
    }
}
