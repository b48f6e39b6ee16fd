package dev.herald.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a text that say what it is about: lower-cased runs of letters (with inner
 * apostrophes and hyphens), a possessive {@code 's} dropped, a plural {@code s} dropped from words
 * of five letters or more, and neither function words nor the reporting verbs every article has.
 * Numbers are left out: "3%" or "2005" says little about which story an article tells.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");

    /** Function words, and words of news reporting that every story uses. */
    private static final Set<String> STOP = Arrays.stream("""
            a about above after again against all also although am among an and another any are around as at
            be because been before being below between both but by can cannot could did do does doing done down
            during each either even ever every few for from further get gets got had has have having he her here
            hers herself him himself his how however i if in into is it its itself just last less like made make
            many may me might more most much must my myself near neither never new next no nor not now of off on
            once one only or other others our ours ourselves out over own per put said same say saying says see
            seen she should since so some still such take taken than that the their theirs them themselves then
            there these they this those though three through to too two under until up upon us very was we well
            were what when where whether which while who whom whose why will with within without would year years
            yet you your yours yourself mr mrs ms dr told added according week weeks month months day days time
            today yesterday monday tuesday wednesday thursday friday saturday sunday first second
            """.strip().split("\\s+")).collect(Collectors.toUnmodifiableSet());

    private Words() {
    }

    /** {@return how often each content word occurs in {@code text}} */
    static Map<String, Integer> count(String text) {
        Map<String, Integer> out = new HashMap<>();
        addTo(out, text, 1);
        return out;
    }

    /** Adds {@code weight} to the count of each content word of {@code text} in {@code counts}. */
    static void addTo(Map<String, Integer> counts, String text, int weight) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = normalize(m.group());
            if (w.length() > 2 && !STOP.contains(w)) {
                counts.merge(w, weight, Integer::sum);
            }
        }
    }

    /** {@return {@code word} lower-cased, without a possessive and without a plural s} */
    static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s") || w.endsWith("s'")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
