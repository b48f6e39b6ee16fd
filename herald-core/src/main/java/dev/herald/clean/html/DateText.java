package dev.herald.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar day from how pages write one: ISO timestamps (the day as written, whatever the
 * zone), dates in URLs ({@code /2022/03/29/}, {@code /2022/mar/29/}, {@code 2022-03-29}) and dates
 * in words ("March 29, 2022", "29 March 2022", "29. März 2022", "29.03.2022").
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern URL = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3})[/-](\\d{1,2})(?:/|-|_|\\.|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final String MONTH = "(jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vrier|mar(?:ch|s)?|m[äa]rz|"
            + "apr(?:il)?|avril|may|mai|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|"
            + "septembre|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember)?|novembre|dec(?:ember)?|dez(?:ember)?|"
            + "d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)\\b" + MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?"
            + MONTH + "\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("ja", 1), Map.entry("en", 1), Map.entry("fe", 2), Map.entry("fé", 2), Map.entry("ma", 3),
            Map.entry("mä", 3), Map.entry("ap", 4), Map.entry("av", 4), Map.entry("ab", 4), Map.entry("jun", 6),
            Map.entry("jui", 7), Map.entry("jul", 7), Map.entry("au", 8), Map.entry("ao", 8), Map.entry("ag", 8),
            Map.entry("se", 9), Map.entry("oc", 10), Map.entry("ok", 10), Map.entry("no", 11), Map.entry("de", 12),
            Map.entry("dé", 12), Map.entry("di", 12));

    private DateText() {
    }

    /** {@return the day an ISO-like timestamp starts with} */
    static Optional<LocalDate> fromTimestamp(String s) {
        for (Pattern p : new Pattern[] {ISO, SLASHED, COMPACT}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return day(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    /** {@return the day a URL's path carries} */
    static Optional<LocalDate> fromUrl(String url) {
        Matcher m = URL.matcher(url.toLowerCase(Locale.ROOT));
        while (m.find()) {
            Optional<LocalDate> d = m.group(1) != null ? day(m.group(1), m.group(2), m.group(3))
                    : day(m.group(4), m.group(5), m.group(6));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** {@return the first day written in words or digits in {@code text}} */
    static Optional<LocalDate> fromText(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return day(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        return fromTimestamp(text);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        int mo = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : monthOf(month);
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
            return d.getYear() >= 1990 && d.getYear() <= 2100 ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("jun") || n.startsWith("juin")) {
            return 6;
        }
        if (n.startsWith("mai") || n.startsWith("may") || n.startsWith("mayo")) {
            return 5;
        }
        if (n.startsWith("jui") || n.startsWith("jul")) {
            return 7;
        }
        Integer m = MONTHS.get(n.substring(0, Math.min(3, n.length())));
        if (m == null) {
            m = MONTHS.get(n.substring(0, 2));
        }
        return m == null ? 0 : m;
    }
}
