package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that news writes in fixed patterns NER does not know:
 * <ul>
 *   <li>works named after a person: "the Tomlinson report", "the Hutton inquiry" (the head word is
 *       part of the name; an inquiry or commission is a body, a report or review a work);</li>
 *   <li>titles of programmes, albums, films and products: "Radio 4's Today programme", "whose New
 *       Forms album", "its Dormex and Paxil products" (the capitalized words are the work; a format
 *       such as "DVD" is not part of it), and after the noun: "his track Lluvia De Marzo", "a trial
 *       called Horizon"; titles listed after one are works too ("the Moon Quest trilogy,
 *       Lost Harbour and The Tinkers");</li>
 *   <li>"the Bull-Run website": a site NER missed is an organisation;</li>
 *   <li>an apposition names a body: "FADE, an association that speaks for savers" (a person keeps
 *       its type); "her name is Lola Venn" names a person;</li>
 *   <li>seats: "AM for Aberavon", "MP for Brent South", "his Brent South seat" (the constituency is
 *       a place);</li>
 *   <li>a role noun before a name says what it names: "Chilean group Makisa", "building firm Zed"
 *       are organisations, "rapper Tote King", "midfielder Mauro Silva" people;</li>
 *   <li>web sites written as domain names ("grumbletext.co.uk") are organisations.</li>
 * </ul>
 * A working step of {@link NerCorrector}. Thread-safe.
 */
public final class NamePatterns {
    private final Gazetteer gazetteer;

    public NamePatterns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final Set<String> EPONYM_WORKS = Set.of("report", "review", "plan", "doctrine");
    private static final Set<String> EPONYM_BODIES = Set.of("inquiry", "commission");
    private static final Set<String> WORKS = Set.of("programme", "program", "documentary", "album", "film",
            "series", "show", "single", "song", "novel", "musical", "track", "trilogy", "films", "albums",
            "products", "product", "drug", "drugs", "brand", "brands", "painkiller", "painkillers");
    /** Works a title is given after: "his track Lluvia De Marzo", "a trial called Horizon". */
    private static final Set<String> TITLED = Set.of("programme", "documentary", "album", "film", "series", "show",
            "single", "song", "novel", "musical", "track", "book", "biography", "play", "note", "study", "trial",
            "report", "survey", "game", "painkiller", "drug");
    private static final Set<String> WORK_DETERMINERS = Set.of("his", "her", "their", "its", "the", "new", "latest",
            "debut", "hit", "our", "my", "your");
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s", "whose");
    private static final Set<String> NAMING = Set.of("called", "named", "entitled", "titled", "dubbed");
    /** Formats a title is written with that are not part of it: "the Moon Quest DVD trilogy". */
    private static final Set<String> FORMATS = Set.of("DVD", "DVDs", "CD", "CDs", "HD", "Blu-ray", "VHS");
    /** Heads of an apposition that says a name is a body: "AARA, an association that ...". */
    private static final Set<String> APPOSED_BODIES = Set.of("association", "organisation", "organization", "union",
            "federation", "society", "party", "body", "institute", "consortium", "network", "broadcaster", "station",
            "co-production", "charity", "company", "firm", "group", "agency", "lobby", "alliance", "coalition",
            "subsidiary");
    private static final Set<String> AFTER_APPOSED = Set.of("that", "which", "who", "based", "in", "of", "with", "for",
            "from", "owned", "run", "set", "founded", "known", "and", "representing", "campaigning", ",", ".", ";",
            ")", "-", "\u2013");
    private static final Set<String> SITE_HEADS = Set.of("website", "site", "web site");
    private static final Set<String> SEATS = Set.of("MP", "MEP", "AM", "MSP");
    private static final Set<String> SEAT_HEADS = Set.of("seat", "constituency");
    private static final Set<String> BODY_ROLES = Set.of("group", "band", "firm", "company", "label", "carrier",
            "airline", "retailer", "broadcaster", "club", "bank", "lender", "insurer", "charity", "agency");
    private static final Set<String> PERSON_ROLES = Set.of("rapper", "singer", "songwriter", "actor", "actress",
            "director", "producer", "artist", "musician", "comedian", "presenter", "striker", "midfielder",
            "defender", "goalkeeper", "coach", "spokesman", "spokeswoman", "chairman", "analyst", "economist");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(com|org|net|co\\.uk"
            + "|org\\.uk|info|biz|io|tv|fm)");

    public void apply(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = tokens.get(i).word();
            if (DOMAIN.matcher(w).matches()) {
                NerCorrector.replace(ranges, new TokenRange(i, i + 1, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            } else if (EPONYM_WORKS.contains(w) || EPONYM_BODIES.contains(w)) {
                eponym(tokens, s, i, ranges);
            } else if (WORKS.contains(w) || TITLED.contains(w)) {
                if (WORKS.contains(w)) {
                    work(tokens, s, i, ranges);
                }
                if (TITLED.contains(w) && i > s.firstToken()
                        && WORK_DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    titleAfter(tokens, s, i, ranges);
                }
            } else if (NAMING.contains(w) && i > s.firstToken() && TITLED.contains(tokens.get(i - 1).word())) {
                titleAfter(tokens, s, i, ranges);
            } else if (SITE_HEADS.contains(w)) {
                siteBefore(tokens, s, i, ranges);
            } else if (w.equals(",") && i + 2 < s.endToken()
                    && (tokens.get(i + 1).word().equals("a") || tokens.get(i + 1).word().equals("an"))) {
                apposedBody(tokens, s, i, ranges);
            } else if (w.equals("name") && i > s.firstToken() && i + 2 < s.endToken()
                    && Set.of("his", "her", "His", "Her").contains(tokens.get(i - 1).word())
                    && Set.of("is", "was").contains(tokens.get(i + 1).word())) {
                namedAfter(tokens, s, i + 1, ranges, EntityType.PERSON);
            } else if (SEATS.contains(w) && i + 2 < s.endToken() && tokens.get(i + 1).word().equals("for")) {
                seat(tokens, s, i + 2, ranges);
            } else if (SEAT_HEADS.contains(w) && !partyBefore(tokens, s, i)) {
                namedBefore(tokens, s, i, ranges, EntityType.LOCATION);
            } else if (BODY_ROLES.contains(w)) {
                namedAfter(tokens, s, i, ranges, EntityType.ORGANIZATION);
            } else if (PERSON_ROLES.contains(w)) {
                namedAfter(tokens, s, i, ranges, EntityType.PERSON);
            }
        }
    }

    private static void eponym(List<Token> tokens, Sentence s, int head, List<TokenRange> ranges) {
        int name = head - 1;
        boolean named = name > s.firstToken() && Names.capitalized(tokens.get(name).word())
                && !Names.allCaps(tokens.get(name).word()) && tokens.get(name - 1).word().equalsIgnoreCase("the");
        if (named) {
            EntityType type = EPONYM_BODIES.contains(tokens.get(head).word()) ? EntityType.ORGANIZATION : EntityType.OTHER;
            NerCorrector.replace(ranges, new TokenRange(name, head + 1, type, TokenRange.Origin.RULE));
        }
    }

    private static void work(List<Token> tokens, Sentence s, int head, List<TokenRange> ranges) {
        int end = head;
        while (end - 1 > s.firstToken() && FORMATS.contains(tokens.get(end - 1).word())) {
            end--;
        }
        List<int[]> names = new ArrayList<>();
        int to = end;
        int from = end;
        while (true) {
            while (from - 1 > s.firstToken() && to - from < 6) {
                String w = tokens.get(from - 1).word();
                if (Names.capitalized(w) && !w.equals("The")) {
                    from--;
                } else if (from < to && beforeInnerWords(tokens, s, from - 1) >= 0) {
                    from = beforeInnerWords(tokens, s, from - 1);
                } else {
                    break;
                }
            }
            if (from == to) {
                return;
            }
            if (from - 2 > s.firstToken() && tokens.get(from - 1).word().equals("The")
                    && POSSESSIVE.contains(tokens.get(from - 2).word())) {
                from--;
            }
            names.add(new int[] {from, to});
            String sep = tokens.get(from - 1).word();
            boolean more = (sep.equals("and") || sep.equals(",")) && from - 2 > s.firstToken()
                    && Names.capitalized(tokens.get(from - 2).word()) && WORKS.contains(tokens.get(head).word())
                    && tokens.get(head).word().endsWith("s");
            if (!more) {
                break;
            }
            to = from - 1;
            from = to;
        }
        String before = tokens.get(from - 1).word();
        boolean marked = POSSESSIVE.contains(before) || WORK_DETERMINERS.contains(before.toLowerCase(java.util.Locale.ROOT));
        int last = end;
        if (!marked || ranges.stream().anyMatch(r -> r.sure() && r.overlaps(last - 1, last))) {
            return;
        }
        for (int[] n : names) {
            NerCorrector.replace(ranges, new TokenRange(n[0], n[1], EntityType.OTHER, TokenRange.Origin.RULE));
        }
        listAfter(tokens, s, head + 1, ranges);
    }

    /** The title after a work noun: "his track Lluvia De Marzo", "a trial called Horizon". */
    private static void titleAfter(List<Token> tokens, Sentence s, int head, List<TokenRange> ranges) {
        int from = head + 1;
        int to = titleEnd(tokens, s, from);
        if (to > from && !Names.HONORIFICS.contains(tokens.get(from).word())
                && !Names.STYLES.contains(tokens.get(from).word()) && ranges.stream().noneMatch(r -> r.sure() && r.overlaps(from, to))) {
            NerCorrector.replace(ranges, new TokenRange(from, to, EntityType.OTHER, TokenRange.Origin.RULE));
            listAfter(tokens, s, to, ranges);
        }
    }

    /** More titles listed after one: "the Moon Quest trilogy, Lost Harbour, The Tinkers and Ada Bright". */
    private static void listAfter(List<Token> tokens, Sentence s, int at, List<TokenRange> ranges) {
        int i = at;
        while (i + 1 < s.endToken() && (tokens.get(i).word().equals(",") || tokens.get(i).word().equals("and"))) {
            boolean last = tokens.get(i).word().equals("and");
            int from = i + 1;
            int to = titleEnd(tokens, s, from);
            int end = to;
            if (to == from || ranges.stream().anyMatch(r -> r.sure() && r.overlaps(from, end))) {
                return;
            }
            NerCorrector.replace(ranges, new TokenRange(from, to, EntityType.OTHER, TokenRange.Origin.RULE));
            if (last) {
                return;
            }
            i = to;
        }
    }

    /**
     * {@return the capitalized word before "of" or "of the" that ends at token {@code at}, inside a
     * title ("Lord of the Rings"), or -1}
     */
    private static int beforeInnerWords(List<Token> tokens, Sentence s, int at) {
        int i = at;
        if (tokens.get(i).word().equals("the")) {
            i--;
        }
        if (i <= s.firstToken() || !tokens.get(i).word().equals("of")) {
            return -1;
        }
        String w = tokens.get(i - 1).word();
        return i - 1 > s.firstToken() && Names.capitalized(w) && !w.equals("The") ? i - 1 : -1;
    }

    /** {@return the end of a title of capitalized words (with "of", "the" inside) starting at {@code from}} */
    private static int titleEnd(List<Token> tokens, Sentence s, int from) {
        int to = from;
        while (to < s.endToken() && to - from < 6) {
            String w = tokens.get(to).word();
            boolean inner = to > from && (w.equals("of") || w.equals("the")) && to + 1 < s.endToken()
                    && Names.capitalized(tokens.get(to + 1).word());
            if (!Names.capitalized(w) && !inner || !Character.isLetterOrDigit(w.codePointAt(0))) {
                break;
            }
            to++;
        }
        return to;
    }

    /**
     * "AARA, an association that represents ...", "The World, a BBC and WGBH co-production": the name
     * before the comma is a body (a person keeps its type).
     */
    private static void apposedBody(List<Token> tokens, Sentence s, int comma, List<TokenRange> ranges) {
        int head = comma + 2;
        while (head < s.endToken() && head - comma <= 10 && !APPOSED_BODIES.contains(tokens.get(head).word())
                && !tokens.get(head).word().equals(",") && !tokens.get(head).word().equals(".")) {
            head++;
        }
        boolean body = head < s.endToken() && APPOSED_BODIES.contains(tokens.get(head).word())
                && (head + 1 == s.endToken() || AFTER_APPOSED.contains(tokens.get(head + 1).word()));
        if (!body || comma - 1 <= s.firstToken()) {
            return;
        }
        TokenRange before = ranges.stream().filter(r -> r.to() == comma).findFirst().orElse(null);
        if (before != null) {
            boolean the = before.from() - 1 > s.firstToken() && tokens.get(before.from() - 1).word().equals("The");
            if (before.type() != EntityType.PERSON && (!before.sure() || the)) {
                NerCorrector.replace(ranges, new TokenRange(the ? before.from() - 1 : before.from(), before.to(),
                        EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
            return;
        }
        int from = comma;
        while (from - 1 > s.firstToken() && comma - from < 5 && (Names.capitalized(tokens.get(from - 1).word())
                || NerCorrector.hyphenJoins(tokens, from - 1))) {
            from--;
        }
        int start = from;
        if (from < comma && !Names.capitalized(tokens.get(from - 1).word())
                && ranges.stream().noneMatch(r -> r.overlaps(start, comma))) {
            ranges.add(new TokenRange(from, comma, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
        }
    }

    /** A site named before "website": "the Bull-Run website" (where NER saw nothing). */
    private static void siteBefore(List<Token> tokens, Sentence s, int head, List<TokenRange> ranges) {
        int from = head;
        while (from - 1 > s.firstToken() && head - from < 3 && !tokens.get(from - 1).word().equalsIgnoreCase("the")
                && (Names.capitalized(tokens.get(from - 1).word()) || NerCorrector.hyphenJoins(tokens, from - 1))) {
            from--;
        }
        int start = from;
        if (from < head && tokens.get(from - 1).word().equalsIgnoreCase("the") && Names.capitalized(tokens.get(from).word())
                && ranges.stream().noneMatch(r -> r.overlaps(start, head))) {
            ranges.add(new TokenRange(from, head, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
        }
    }

    /** "a safe Labour seat", "the Conservative seat": the party that holds a seat is no constituency. */
    private boolean partyBefore(List<Token> tokens, Sentence s, int head) {
        StringBuilder name = new StringBuilder();
        for (int i = head - 1; i > s.firstToken() && Names.capitalized(tokens.get(i).word()) && head - i <= 3; i--) {
            name.insert(0, name.length() == 0 ? tokens.get(i).word() : tokens.get(i).word() + " ");
            boolean party = gazetteer.lookup(name.toString()).map(GazetteerName::actor)
                    .filter(a -> a.subtype().equals(java.util.Optional.of("PARTY"))).isPresent();
            if (party) {
                return true;
            }
        }
        return false;
    }

    private static void namedBefore(List<Token> tokens, Sentence s, int head, List<TokenRange> ranges,
                                    EntityType type) {
        int from = head;
        while (from - 1 > s.firstToken() && Names.capitalized(tokens.get(from - 1).word()) && head - from < 4) {
            from--;
        }
        if (from < head && !Names.capitalized(tokens.get(from - 1).word())) {
            NerCorrector.replace(ranges, new TokenRange(from, head, type, TokenRange.Origin.RULE));
        }
    }

    private static void namedAfter(List<Token> tokens, Sentence s, int role, List<TokenRange> ranges,
                                   EntityType type) {
        int to = role + 1;
        while (to < s.endToken() && to - role <= 5) {
            String w = tokens.get(to).word();
            boolean particle = to > role + 1 && Names.PARTICLES.contains(w) && to + 1 < s.endToken()
                    && Names.capitalized(tokens.get(to + 1).word());
            if (!Names.capitalized(w) && !particle) {
                break;
            }
            to++;
        }
        int from = role + 1;
        boolean name = to > from && (to - from > 1 || tokens.get(from).word().length() > 1);
        int end = to;
        if (name && ranges.stream().noneMatch(r -> r.sure() && r.overlaps(from, end))
                && (to >= s.endToken() || !tokens.get(to).word().equals("-"))) {
            NerCorrector.replace(ranges, new TokenRange(from, to, type, TokenRange.Origin.RULE));
        }
    }

    private static void seat(List<Token> tokens, Sentence s, int from, List<TokenRange> ranges) {
        int to = from;
        while (to < s.endToken() && Names.capitalized(tokens.get(to).word()) && to - from < 4) {
            to++;
        }
        if (to > from) {
            NerCorrector.replace(ranges, new TokenRange(from, to, EntityType.LOCATION, TokenRange.Origin.RULE));
        }
    }
}
