package dev.herald.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regular expressions of the date finder, compiled once from {@link DateWords}. Month and
 * weekday names match capitalized or in capitals; other words in any case. Named groups:
 * {@code month}, {@code day}, {@code year} and the ones each pattern documents. Immutable.
 */
final class DatePatterns {
    private static final String EXTRA_SPACES = "\\u00A0\\u2007\\u202F";
    private static final String YEAR_DIGITS = "(?:1[89]\\d\\d|20\\d\\d|2100)";
    /** A plausible year, not part of a larger number, an amount of money or a clock time ("1945 GMT"). */
    private static final String YEAR = "(?<![\\d£$€¥#.,])(?<year>" + YEAR_DIGITS + ")(?!\\d)(?![.,]\\d)"
            + "(?!\\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|hrs|hours|h)\\b)";
    private static final String DAY = "(?<![\\d,.£$€])\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![.,:]\\d)";

    final Pattern monthDayYear;
    final Pattern dayMonthYear;
    final Pattern monthYear;
    /** A full month name, group {@code mod} an optional modifier; the reader checks the word before. */
    final Pattern monthAlone;
    /** A year, group {@code mod} an optional modifier; the reader checks the word before. */
    final Pattern yearAlone;
    final Pattern yearBeforeNoun;
    final Pattern yearPossessive;
    final Pattern yearInParentheses;
    final Pattern isoDate;
    final Pattern numericDate;
    final Pattern dayPhrase;
    final Pattern unitShift;
    final Pattern unitsAgo;
    final Pattern weekday;
    final Pattern decade;
    final Pattern century;
    /** After a year or month: a connector and one more year or month ("2014 and 2015"). */
    final Pattern continuation;
    final Pattern futureCue;
    final Pattern stopPhrase;

    DatePatterns(DateWords words) {
        List<String> monthFull = firsts(words.byKey("month"));
        List<String> monthAbbr = rests(words.byKey("month"));
        String month = "(?<month>" + names(monthFull) + "\\b|" + names(monthAbbr) + "\\b\\.?)";
        String monthFullOnly = "(?<month>" + names(monthFull) + ")\\b";
        String weekdayAny = "\\b(?:" + names(firsts(words.byKey("weekday"))) + "\\b|"
                + names(rests(words.byKey("weekday"))) + "\\b\\.?),?\\s+";
        List<String> mods = words.all("modifier");
        String mod = "(?i:" + words(mods, "\\s+") + ")";
        String modPrefix = "(?:" + mod + "[-\\s])?";
        String modOrCapital = firstOf(mods, "A-Z");
        String modOrDigit = firstOf(mods, "\\d");

        monthDayYear = compile("(?=[A-Z])(?:" + weekdayAny + ")?\\b" + month + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");
        dayMonthYear = compile("(?=[A-Z\\d])(?:" + weekdayAny + ")?" + DAY + "\\s+(?:of\\s+)?" + month
                + "(?:,?\\s+" + YEAR + ")?");
        monthYear = compile("(?=[A-Z])\\b" + month + "(?:\\s+of)?,?\\s+" + YEAR);
        monthAlone = compile(modOrCapital + "\\b(?:(?<mod>" + mod + ")[-\\s])?" + monthFullOnly);
        yearAlone = compile(modOrDigit + "(?:\\b(?<mod>" + mod + ")[-\\s])?" + YEAR);
        yearBeforeNoun = compile("(?=[12])(?<=(?:\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ww]hose)|\\w['’]s)\\s)"
                + YEAR + "(?=\\s+[A-Za-z])");
        yearInParentheses = compile("(?=[12])(?<=\\()" + YEAR + "(?=\\))");
        yearPossessive = compile("(?=[12])" + YEAR + "(?=['’]s\\b)");
        isoDate = compile("(?=\\d)(?<![\\d.\\-/])(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})"
                + "(?![\\d])(?![-/.]\\d)");
        numericDate = compile("(?=\\d)(?<![\\d.\\-/])(?<first>\\d{1,2})(?<sep>[/.])(?<second>\\d{1,2})\\k<sep>"
                + "(?<year>\\d{4})(?!\\d)(?![-/.]\\d)");
        dayPhrase = compile(firstOf(words.all("day"), "") + "\\b(?<phrase>(?i:" + words(words.all("day"), "\\s+") + "))\\b");
        unitShift = compile(firstOf(words.all("shift"), "") + "\\b(?<shift>(?i:" + words(words.all("shift"), "\\s+")
                + "))\\s+(?<unit>(?i:week|month|year))\\b");
        unitsAgo = compile(firstOf(words.all("number"), "\\d") + "\\b(?<count>(?i:" + words(words.all("number"), "\\s+")
                + ")|\\d{1,3})\\s+(?<unit>(?i:day|week|month|year|decade))s?\\s+(?i:ago)\\b");
        weekday = compile(firstOf(List.of("last", "next", "this", "on"), "A-Z")
                + "\\b(?:(?<mod>(?i:last|next|this|on))\\s+)?(?<weekday>"
                + names(firsts(words.byKey("weekday"))) + ")(?:\\s+(?i:"
                + words(words.all("partofday"), "\\s+") + "))?\\b");
        // "1990's" is a decade after a modifier or "the", else a year's possessive: group apostrophe.
        decade = compile(firstOf(mods, "12'’") + "(?:\\b" + mod
                + "[-\\s])?(?:\\b(?<full>(?:1[89]|20)\\d0)(?<apostrophe>['’])?s|(?<![\\w'’])['’](?<short>\\d0)s)\\b");
        century = compile(modOrDigit + "\\b" + modPrefix + "(?<ordinal>\\d{1,2})(?:st|nd|rd|th)[-\\s](?i:century)\\b");
        continuation = compile("(?:\\s*[-–—]\\s*|,\\s*|\\s+(?i:and|or|to|until|till|through|into|than)\\s+)(?<item>" + modPrefix
                + "(?:" + YEAR + "|" + monthFullOnly + "))");
        futureCue = compile(futureCue(words.all("future")));
        stopPhrase = compile(firstOf(words.all("stop"), "") + "\\b(?i:" + words(words.all("stop"), "\\s+") + ")\\b");
    }

    /**
     * {@return a lookahead for the first letters of {@code words} in either case, or one of
     * {@code more} (a character class body)}: a cheap test that spares trying every alternative at
     * every position.
     */
    private static String firstOf(Collection<String> words, String more) {
        StringBuilder chars = new StringBuilder(more);
        words.stream().map(w -> w.substring(0, 1)).distinct().forEach(c -> chars.append(Pattern.quote(
                c.toLowerCase(Locale.ROOT))).append(Pattern.quote(c.toUpperCase(Locale.ROOT))));
        return "(?=[" + chars + "])";
    }

    /** Cues are whole words; a contraction ("'ll") follows a word. */
    private static String futureCue(List<String> cues) {
        List<String> contractions = cues.stream().filter(c -> !Character.isLetter(c.charAt(0))).toList();
        List<String> plain = cues.stream().filter(c -> Character.isLetter(c.charAt(0))).toList();
        String regex = "(?<![\\w'’])(?i:" + words(plain, "\\s+") + ")\\b";
        return contractions.isEmpty() ? regex : regex + "|(?i:" + words(contractions, "\\s+") + ")\\b";
    }

    /** Compiles {@code regex} with {@code \\s} widened to the no-break spaces news pages use. */
    private static Pattern compile(String regex) {
        return Pattern.compile(widenSpaces(regex));
    }

    /**
     * {@return {@code regex} with each {@code \\s} also matching U+00A0, U+2007 and U+202F}; quoted
     * ({@code \\Q...\\E}) text is left alone. Unicode character classes would do it too, but they
     * also fold case beyond ASCII, which would let "ſ" match "s".
     */
    static String widenSpaces(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 64);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i);
                    end = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i, end);
                    i = end - 1;
                } else if (next == 's') {
                    out.append(inClass ? "\\s" + EXTRA_SPACES : "[\\s" + EXTRA_SPACES + "]");
                    i++;
                } else {
                    out.append(c).append(next);
                    i++;
                }
                continue;
            }
            inClass = c == '[' || (inClass && c != ']');
            out.append(c);
        }
        return out.toString();
    }

    /** {@return the first word of each key: the full names} */
    private static List<String> firsts(Map<String, List<String>> byKey) {
        return byKey.values().stream().map(ws -> ws.get(0)).toList();
    }

    /** {@return all words but the first of each key: the abbreviations} */
    private static List<String> rests(Map<String, List<String>> byKey) {
        return byKey.values().stream().flatMap(ws -> ws.subList(1, ws.size()).stream()).toList();
    }

    /** {@return an alternation of {@code names}, each capitalized or in capitals} */
    private static String names(Collection<String> names) {
        List<String> forms = new ArrayList<>();
        for (String n : names) {
            forms.add(n);
            forms.add(n.toUpperCase(Locale.ROOT));
        }
        return "(?:" + words(forms, "\\s+") + ")";
    }

    /** {@return an alternation of {@code phrases}, longest first, spaces matching {@code space}} */
    static String words(Collection<String> phrases, String space) {
        return phrases.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> List.of(p.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining(space)))
                .collect(Collectors.joining("|"));
    }
}
