package dev.herald.entities.coreference;

import dev.herald.entities.gazetteer.WordLists;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Common given names and the gender they usually mark, from {@code given-names-gender.txt} (lines
 * {@code m: names...} and {@code f: names...}). A name listed under both genders marks none. Matching
 * ignores case and accents. Read-only, thread-safe.
 */
public final class GivenNames {
    private static final GivenNames BUILT_IN = load();

    private final Map<String, PersonGender.Gender> genders;

    GivenNames(Map<String, PersonGender.Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** {@return the built-in list} */
    public static GivenNames builtIn() {
        return BUILT_IN;
    }

    /** {@return the gender {@code name} usually marks, if the list knows it} */
    Optional<PersonGender.Gender> genderOf(String name) {
        return Optional.ofNullable(genders.get(key(name)));
    }

    /** {@return how many names mark a gender} */
    int size() {
        return genders.size();
    }

    /** {@return the names of {@code lines} with their gender; names listed under both genders are dropped} */
    static Map<String, PersonGender.Gender> parse(List<String> lines) {
        Map<String, PersonGender.Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != ':' || "mf".indexOf(line.charAt(0)) < 0) {
                throw new IllegalArgumentException("given-names line must start with 'm:' or 'f:': " + line);
            }
            PersonGender.Gender g = line.charAt(0) == 'm' ? PersonGender.Gender.MALE : PersonGender.Gender.FEMALE;
            for (String name : line.substring(2).strip().split("\\s+")) {
                PersonGender.Gender before = out.putIfAbsent(key(name), g);
                if (before != null && before != g) {
                    both.add(key(name));
                }
            }
        }
        both.forEach(out::remove);
        return out;
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static GivenNames load() {
        return new GivenNames(parse(WordLists.lines("given-names-gender.txt")));
    }
}
