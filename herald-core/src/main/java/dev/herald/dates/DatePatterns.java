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
    private static final String YEAR_DIGITS = "(?:1[89]\\d\\d|20\\d\\d|2100)";
    /** A plausible year, not part of a larger number or an amount of money. */
    private static final String YEAR = "(?<![\\d£$€¥#.,])(?<year>" + YEAR_DIGITS + ")(?!\\d)(?![.,]\\d)";
    private static final String DAY = "(?<![\\d,.£$€])\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![.,:]\\d)";

    final Pattern monthDayYear;
    final Pattern dayMonthYear;
    final Pattern monthYear;
    final Pattern monthInContext;
    final Pattern yearInContext;
    final Pattern yearBeforeNoun;
    final Pattern yearPossessive;
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
        String mod = "(?i:" + words(words.all("modifier"), "\\s+") + ")";
        String modPrefix = "(?:" + mod + "[-\\s])?";

        monthDayYear = compile("(?:" + weekdayAny + ")?\\b" + month + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");
        dayMonthYear = compile("(?:" + weekdayAny + ")?" + DAY + "\\s+(?:of\\s+)?" + month
                + "(?:,?\\s+" + YEAR + ")?");
        monthYear = compile("\\b" + month + "(?:\\s+of)?,?\\s+" + YEAR);
        monthInContext = compile(inContext(words.of("context", "month"), mod) + modPrefix + monthFullOnly);
        yearInContext = compile(inContext(words.of("context", "year"), mod) + modPrefix + YEAR);
        yearBeforeNoun = compile("(?<=\\b[Tt]he\\s)" + YEAR + "(?=\\s+[a-z])");
        yearPossessive = compile(YEAR + "(?=['’]s\\b)");
        isoDate = compile("(?<![\\d.\\-/])(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})"
                + "(?![\\d])(?![-/.]\\d)");
        numericDate = compile("(?<![\\d.\\-/])(?<first>\\d{1,2})(?<sep>[/.])(?<second>\\d{1,2})\\k<sep>"
                + "(?<year>\\d{4})(?!\\d)(?![-/.]\\d)");
        dayPhrase = compile("\\b(?<phrase>(?i:" + words(words.all("day"), "\\s+") + "))\\b");
        unitShift = compile("\\b(?<shift>(?i:" + words(words.all("shift"), "\\s+") + "))\\s+"
                + "(?<unit>(?i:week|month|year))\\b");
        unitsAgo = compile("\\b(?<count>(?i:" + words(words.all("number"), "\\s+") + ")|\\d{1,3})\\s+"
                + "(?<unit>(?i:day|week|month|year|decade))s?\\s+(?i:ago)\\b");
        weekday = compile("\\b(?:(?<mod>(?i:last|next|this|on))\\s+)?(?<weekday>"
                + names(firsts(words.byKey("weekday"))) + ")(?:\\s+(?i:"
                + words(words.all("partofday"), "\\s+") + "))?\\b");
        decade = compile("(?:\\b" + mod + "[-\\s])?(?:\\b(?<full>(?:1[89]|20)\\d0)s|(?<![\\w'’])['’](?<short>\\d0)s)\\b");
        century = compile("\\b" + modPrefix + "(?<ordinal>\\d{1,2})(?:st|nd|rd|th)[-\\s](?i:century)\\b");
        continuation = compile("(?:\\s*[-–—]\\s*|\\s+(?i:and|or|to|until|till|through|into)\\s+)(?<item>" + modPrefix
                + "(?:" + YEAR + "|" + monthFullOnly + "))");
        futureCue = compile(futureCue(words.all("future")));
        stopPhrase = compile("\\b(?:" + words(words.all("stop"), "\\s+") + ")\\b");
    }

    /** A lookbehind for one context word, or a lookahead for a modifier ("mid-March" needs no context). */
    private static String inContext(Collection<String> context, String mod) {
        if (context.isEmpty()) {
            throw new IllegalArgumentException(DateWords.RESOURCE + " lists no context words");
        }
        return "(?:(?<=\\b(?i:" + words(context, "\\s") + ")\\s)|\\b(?=" + mod + "[-\\s]))";
    }

    /** Cues are whole words; a contraction ("'ll") follows a word. */
    private static String futureCue(List<String> cues) {
        List<String> contractions = cues.stream().filter(c -> !Character.isLetter(c.charAt(0))).toList();
        List<String> plain = cues.stream().filter(c -> Character.isLetter(c.charAt(0))).toList();
        String regex = "(?<![\\w'’])(?i:" + words(plain, "\\s+") + ")\\b";
        return contractions.isEmpty() ? regex : regex + "|(?i:" + words(contractions, "\\s+") + ")\\b";
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex);
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
