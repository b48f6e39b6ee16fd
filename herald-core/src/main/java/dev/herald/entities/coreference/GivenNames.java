package dev.herald.entities.coreference;

import dev.herald.lexicon.Lexicon;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Common given names and the gender they usually mark, from the lexicon's {@code given-name m} and
 * {@code given-name f} entries. A name listed under both genders marks none. Matching ignores case
 * and accents. Read-only, thread-safe.
 */
public final class GivenNames {
    private final Map<String, PersonGender.Gender> genders;

    GivenNames(Map<String, PersonGender.Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** {@return the given names of {@code lexicon}} */
    public static GivenNames of(Lexicon lexicon) {
        return new GivenNames(genders(lexicon.words("given-name", "m"), lexicon.words("given-name", "f")));
    }

    /** {@return the gender {@code name} usually marks, if the list knows it} */
    Optional<PersonGender.Gender> genderOf(String name) {
        return Optional.ofNullable(genders.get(key(name)));
    }

    /** {@return how many names mark a gender} */
    int size() {
        return genders.size();
    }

    /** {@return the names with their gender; names listed under both genders are dropped} */
    static Map<String, PersonGender.Gender> genders(List<String> male, List<String> female) {
        Map<String, PersonGender.Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        for (String name : male) {
            out.put(key(name), PersonGender.Gender.MALE);
        }
        for (String name : female) {
            if (out.putIfAbsent(key(name), PersonGender.Gender.FEMALE) == PersonGender.Gender.MALE) {
                both.add(key(name));
            }
        }
        both.forEach(out::remove);
        return out;
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT);
    }

}
