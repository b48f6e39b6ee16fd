package dev.herald.entities.coreference;

import dev.herald.entities.mentions.Names;
import dev.herald.model.Entity;
import dev.herald.model.Mention;
import dev.herald.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The gender a text gives a person, from the words it puts on them: an honorific ("Ms Truss"), a
 * gendered title or noun ("King Frederik", "chairwoman Jane Doe"), else the given name of the
 * fullest name ("Helena Marsh"). Words win over names: a title is written for this person, a name
 * only usually marks a gender. Stateless and thread-safe.
 */
public final class PersonGender {
    /** The genders a third-person pronoun tells apart. */
    public enum Gender { MALE, FEMALE }

    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "baron", "king", "prince", "duke",
            "earl", "emperor", "tsar", "czar", "sultan", "emir", "pope", "archduke", "viscount", "marquess",
            "chairman", "spokesman", "businessman", "congressman", "councilman", "alderman", "assemblyman",
            "father", "brother", "son", "husband", "uncle", "nephew", "grandfather", "grandson", "boyfriend",
            "man", "boy", "actor", "monk", "sheikh", "crown-prince", "headmaster", "policeman", "fireman");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "dame", "lady", "baroness", "queen",
            "princess", "duchess", "countess", "empress", "tsarina", "sultana", "viscountess", "marchioness",
            "chairwoman", "spokeswoman", "businesswoman", "congresswoman", "councilwoman", "assemblywoman",
            "mother", "sister", "daughter", "wife", "aunt", "niece", "grandmother", "granddaughter", "girlfriend",
            "woman", "girl", "actress", "nun", "headmistress", "policewoman", "madam", "madame", "mme", "frau",
            "senora", "señora", "signora");
    private static final int WORDS_BEFORE = 2;

    private final GivenNames names;

    public PersonGender(GivenNames names) {
        this.names = names;
    }

    /** {@return the gender a word marks: "Mr", "Queen", "chairwoman"} */
    static Optional<Gender> ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return MALE_WORDS.contains(w) ? Optional.of(Gender.MALE)
                : FEMALE_WORDS.contains(w) ? Optional.of(Gender.FEMALE) : Optional.empty();
    }

    /** {@return the gender the text gives {@code person}, if any; {@code tokens} may be empty} */
    Optional<Gender> of(Entity person, List<Token> tokens) {
        Optional<Gender> worded = fromWords(person, tokens);
        return worded.isPresent() ? worded : fromGivenName(person);
    }

    private Optional<Gender> fromWords(Entity person, List<Token> tokens) {
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            Optional<Gender> g = ofWord(m.text().split("\\s+")[0]);
            if (g.isEmpty() && m.kind() == Mention.Kind.NAME) {
                g = before(m, tokens);
            }
            if (g.isPresent()) {
                return g;
            }
        }
        return person.title().flatMap(t -> firstWord(t.split("\\s+")));
    }

    private static Optional<Gender> firstWord(String[] words) {
        for (String w : words) {
            Optional<Gender> g = ofWord(w);
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /** "Queen Mary" where the name alone was tagged; "chairwoman Jane Doe". */
    private static Optional<Gender> before(Mention m, List<Token> tokens) {
        int at = TokenIndex.firstAtOrAfter(tokens, m.span().start());
        for (int k = at - 1; k >= 0 && k >= at - WORDS_BEFORE; k--) {
            Token t = tokens.get(k);
            if (t.sentence() != tokens.get(Math.min(at, tokens.size() - 1)).sentence()) {
                break;
            }
            Optional<Gender> g = ofWord(t.word());
            if (g.isPresent()) {
                return g;
            }
            if (!Names.capitalized(t.word())) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<Gender> fromGivenName(Entity person) {
        List<String> words = Names.personWords(person.name());
        if (words.size() < 2) {
            return Optional.empty();
        }
        return names.genderOf(words.get(0));
    }
}
