package dev.herald.clean.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what pages give as authors into persons' names: drops "By", splits "A and B", "A, B",
 * cuts job titles and places after a comma or a pipe, and refuses URLs, site names, agencies'
 * desks, dates and anything too long to be a name.
 */
final class AuthorNames {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(written by|posted by|reported by|words by|story by|by|von|par|por|door|di|de|av|af|autor(?:in)?:?|author:?)\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bmit\\b)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu).*(https?:|www\\.|\\.com|\\.co\\.|\\.org|\\.net|@|\\d).*|.*\\b(news|staff|team|desk|editors?|"
                    + "redaktion|reporters?|correspondents?|agency|agencies|press|associated|reuters|afp|dpa|bloomberg|"
                    + "contributors?|updated|published|posted|minutes?|hours?|ago|read|follow|email|twitter|facebook|"
                    + "more|from|opinion|columnist|guest|admin|online|media|times|post|daily|herald|journal|magazine|"
                    + "group|ltd|inc|gmbh|the)\\b.*");

    /** " for Site Online", " in Kyiv": what follows a name in a byline. */
    private static final Pattern AFFILIATION = Pattern.compile("(?iu)\\s+(for|in|at|from|aus|für|en|à)\\s+.*$");

    private AuthorNames() {
    }

    private static String titleCaseIfShouted(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /** {@return the names in {@code raw} texts, in order, each once} */
    static List<String> clean(List<String> raw, Set<String> siteNames) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String s = r.replaceAll("\\s+", " ").strip();
            s = PREFIX.matcher(s).replaceFirst("");
            for (String part : SEPARATOR.split(s)) {
                String name = PREFIX.matcher(part.strip()).replaceFirst("");
                name = AFFILIATION.matcher(name).replaceFirst("").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.]]+$", "");
                name = titleCaseIfShouted(name);
                if (looksLikeName(name, siteNames)) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean looksLikeName(String name, Set<String> siteNames) {
        if (name.length() < 4 || name.length() > 50 || NOT_A_NAME.matcher(name).matches()) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !w.matches("(?u)(van|von|de|der|den|da|di|du|la|le|bin|al|el|y|ter|ten|zu)")) {
                return false;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return siteNames.stream().noneMatch(site -> !site.isBlank() && lower.equals(site.toLowerCase(Locale.ROOT)));
    }
}
