package dev.herald.entities;

import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that news writes in fixed patterns NER does not know:
 * <ul>
 *   <li>works named after a person: "the Tomlinson report", "the Hutton inquiry" (the head word is
 *       part of the name; an inquiry or commission is a body, a report or review a work);</li>
 *   <li>titles of programmes and albums: "Radio 4's Today programme", "whose New Forms album" (the
 *       capitalized words are the work);</li>
 *   <li>seats: "AM for Aberavon", "MP for Brent South", "his Brent South seat" (the constituency is
 *       a place);</li>
 *   <li>a role noun before a name says what it names: "Chilean group Makisa", "building firm Zed"
 *       are organisations, "rapper Tote King", "midfielder Mauro Silva" people;</li>
 *   <li>web sites written as domain names ("grumbletext.co.uk") are organisations.</li>
 * </ul>
 * A working step of {@link NerCorrector}. Thread-safe.
 */
final class NamePatterns {
    private static final Set<String> EPONYM_WORKS = Set.of("report", "review", "plan", "doctrine");
    private static final Set<String> EPONYM_BODIES = Set.of("inquiry", "commission");
    private static final Set<String> WORKS = Set.of("programme", "program", "documentary", "album", "film",
            "series", "show", "single", "song", "novel", "musical");
    private static final Set<String> SEATS = Set.of("MP", "MEP", "AM", "MSP");
    private static final Set<String> SEAT_HEADS = Set.of("seat", "constituency");
    private static final Set<String> BODY_ROLES = Set.of("group", "band", "firm", "company", "label", "carrier",
            "airline", "retailer", "broadcaster", "club", "bank", "lender", "insurer", "charity", "agency");
    private static final Set<String> PERSON_ROLES = Set.of("rapper", "singer", "songwriter", "actor", "actress",
            "director", "producer", "artist", "musician", "comedian", "presenter", "striker", "midfielder",
            "defender", "goalkeeper", "coach", "spokesman", "spokeswoman", "chairman", "analyst", "economist");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(com|org|net|co\\.uk"
            + "|org\\.uk|info|biz|io|tv|fm)");

    void apply(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = tokens.get(i).word();
            if (DOMAIN.matcher(w).matches()) {
                NerCorrector.replace(ranges, new TokenRange(i, i + 1, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            } else if (EPONYM_WORKS.contains(w) || EPONYM_BODIES.contains(w)) {
                eponym(tokens, s, i, ranges);
            } else if (WORKS.contains(w)) {
                work(tokens, s, i, ranges);
            } else if (SEATS.contains(w) && i + 2 < s.endToken() && tokens.get(i + 1).word().equals("for")) {
                seat(tokens, s, i + 2, ranges);
            } else if (SEAT_HEADS.contains(w)) {
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
        int from = head;
        while (from - 1 > s.firstToken() && Names.capitalized(tokens.get(from - 1).word()) && head - from < 5) {
            from--;
        }
        String before = tokens.get(from - 1).word();
        boolean marked = before.equals("'s") || before.equals("\u2019s") || before.equals("whose") || before.equals("the");
        if (from < head && marked && ranges.stream().noneMatch(r -> r.sure() && r.overlaps(head - 1, head))) {
            NerCorrector.replace(ranges, new TokenRange(from, head, EntityType.OTHER, TokenRange.Origin.RULE));
        }
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
