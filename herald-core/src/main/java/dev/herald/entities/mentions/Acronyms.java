package dev.herald.entities.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms and the names they shorten: "QCA" is the "Qualifications and Curriculum Authority" of the
 * same article, "ACLU" its "American Civil Liberties Union". News introduces a body by its full name
 * and goes on with the letters, so both are one actor. Stateless.
 */
public final class Acronyms {
    /** Two to eight capitals, an ampersand allowed inside ("AT&T"); dots are dropped first ("U.N."). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,7}");
    /** Words a name's letters skip: "National Union of Teachers" is NUT. */
    private static final Set<String> SKIPPED = Set.of("of", "and", "for", "the", "on", "in", "to", "&", "de", "du", "des", "la", "le");

    private Acronyms() {
    }

    /** {@return whether {@code name} is written as an acronym ("QCA", "U.N.", "AT&T")} */
    public static boolean isAcronym(String name) {
        return ACRONYM.matcher(name.replace(".", "")).matches();
    }

    /**
     * {@return whether {@code acronym} is made of the first capitals of {@code name}'s words, with the
     * small joining words skipped ("NUT" for "National Union of Teachers") or counted ("DoD" is not
     * an acronym here, but "NUOT" would be); a one-word name never expands an acronym}
     */
    public static boolean shortens(String acronym, String name) {
        String letters = acronym.replace(".", "").replace("&", "");
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.size() < 2 || isAcronym(name)) {
            return false;
        }
        StringBuilder without = new StringBuilder();
        StringBuilder with = new StringBuilder();
        for (String w : words) {
            char first = Character.toUpperCase(w.charAt(0));
            if (!SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                without.append(first);
            }
            if (Character.isLetter(w.charAt(0))) {
                with.append(first);
            }
        }
        return letters.contentEquals(without) || letters.contentEquals(with);
    }
}
