package dev.herald.entities.coreference;

import dev.herald.entities.mentions.Names;
import dev.herald.lexicon.Lexicon;
import dev.herald.model.Entity;
import dev.herald.model.Mention;
import dev.herald.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gender a text gives a person, from the words it puts on them: an honorific ("Ms Truss"), a
 * gendered title or noun ("King Frederik", "chairwoman Jane Doe"), else the given name of the
 * fullest name ("Helena Marsh"). Words win over names: a title is written for this person, a name
 * only usually marks a gender. Words and names come from the shared lexicon. Immutable, thread-safe.
 */
public final class PersonGender {
    /** The genders a third-person pronoun tells apart. */
    public enum Gender { MALE, FEMALE }

    /** Where the words of one gender are in the lexicon: honorifics, person nouns and the rest. */
    private static final List<String> WORD_KINDS = List.of("honorific", "person-noun", "gender-word");
    private static final int WORDS_BEFORE = 2;

    private final GivenNames names;
    /** Words of one gender, lower case: "mr", "queen", "chairwoman". */
    private final Map<String, Gender> words;

    private PersonGender(GivenNames names, Map<String, Gender> words) {
        this.names = names;
        this.words = Map.copyOf(words);
    }

    /** {@return the genders {@code lexicon} tells: its given names and its words of one gender ({@code m}, {@code f})} */
    public static PersonGender of(Lexicon lexicon) {
        Map<String, Gender> words = new HashMap<>();
        for (String kind : WORD_KINDS) {
            lexicon.words(kind, "m").forEach(w -> words.put(w.toLowerCase(Locale.ROOT), Gender.MALE));
            lexicon.words(kind, "f").forEach(w -> words.put(w.toLowerCase(Locale.ROOT), Gender.FEMALE));
        }
        return new PersonGender(GivenNames.of(lexicon), words);
    }

    /** {@return the gender a word marks: "Mr", "Queen", "chairwoman"} */
    Optional<Gender> ofWord(String word) {
        return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")));
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

    private Optional<Gender> firstWord(String[] words) {
        for (String w : words) {
            Optional<Gender> g = ofWord(w);
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /** "Queen Mary" where the name alone was tagged; "chairwoman Jane Doe". */
    private Optional<Gender> before(Mention m, List<Token> tokens) {
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
