package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Clubs in a sports report: a town that plays ("Leeds beat"), is played ("victory over Leeds"),
 * has players ("Leeds striker Joe Smith", "Leeds 's Joe Smith", "Joe Smith of Leeds"), follows a
 * club noun ("champions Leeds"), is listed beside a club or stands in a result line ("Leeds 2
 * Arsenal 1") is its club throughout the report, except after "in" and "at" and in a dateline; a
 * country, or a nation of the United Kingdom, stays a place. A sentence opening "In Leeds ," is set
 * in the town. Lists: {@code sports-words.txt}, {@code squad-words.txt}, {@code result-words.txt}. A
 * step of {@link TypeEvidence}; one instance serves one article.
 */
final class SportsClubs extends EvidenceStep {
    /** Nations of one state that field national sides of their own: in a sports report they stay places. */
    private static final Set<String> HOME_NATIONS = Set.of("england", "scotland", "wales", "northern ireland");
    /** Squad words that show a club without a player named after them: "Leeds fans". */
    private static final Set<String> SUPPORTERS = Set.of("players", "fans", "supporters");
    /** Place words that clubs take from their town: "Norwich City", "Ross County". */
    private static final Set<String> TOWN_WORDS = Set.of("City", "Town", "County");
    private final Set<String> clubs = new HashSet<>();

    SportsClubs(EvidenceStep article) {
        super(article);
    }

    /** {@return the names found to be clubs, folded} */
    Set<String> clubNames() {
        return Set.copyOf(clubs);
    }

    /** Whether the article reads as a sports report ({@link SportsReport}). */
    boolean sportsReport() {
        return SportsReport.reads(tokens.stream().map(Token::word).toList(), lists.sportsWords(), lists.weakSportsWords());
    }

    /** A town that plays is its club throughout a sports report. */
    void clubs(List<TokenRange> ranges) {
        Set<TokenRange> sites = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.type() == EntityType.OTHER || capsToken[r.from()] || venue(r)
                    || is(r, Actor.Kind.COUNTRY)
                    || is(r, Actor.Kind.DEMONYM) || HOME_NATIONS.contains(key(r.from(), r.to()))) {
                continue;
            }
            boolean person = r.type() == EntityType.PERSON;
            if (person ? afterClubNoun(r) && !r.sure() : playsAsClub(r, ranges)) {
                clubs.add(key(r.from(), r.to()));
                sites.add(r);
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean retypable = r.type() == EntityType.LOCATION || r.type() == EntityType.PERSON && !r.sure();
            if (retypable && clubs.contains(key(r.from(), r.to())) && (sites.contains(r) || !placeContext(r))) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
        townsWhereClubsPlay(ranges);
    }

    /** "In Leeds , ...": a sentence that opens on a town in a sports report is set there. */
    private void townsWhereClubsPlay(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            Sentence s = sentences.get(sentenceOf[r.from()]);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.from() == s.firstToken() + 1
                    && tokens.get(s.firstToken()).word().equals("In") && r.to() < s.endToken()
                    && tokens.get(r.to()).word().equals(",") && !is(r, Actor.Kind.ORGANIZATION)) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** {@return whether the name is a ground or a building ("Elland Road"), not a town a club is named after} */
    private boolean venue(TokenRange r) {
        String last = tokens.get(r.to() - 1).word();
        return PLACE_WORDS.contains(last) && !TOWN_WORDS.contains(last);
    }

    /** "champions Leeds", "title contenders Leeds": a club. */
    private boolean afterClubNoun(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        return r.from() > s.firstToken() && lists.clubNouns().contains(tokens.get(r.from() - 1).word());
    }

    private boolean playsAsClub(TokenRange r, List<TokenRange> ranges) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        String next = r.to() < s.endToken() ? tokens.get(r.to()).word() : "";
        boolean the = r.from() > s.firstToken() && tokens.get(r.from() - 1).word().equalsIgnoreCase("the");
        if (lists.resultVerbs().contains(next) || afterClubNoun(r) || besideClub(r, ranges, s)) {
            return true;
        }
        if (lists.squadWords().contains(next) && !the && (SUPPORTERS.contains(next)
                || ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.from() == r.to() + 1))) {
            return true;
        }
        for (List<String> before : lists.resultBefore()) {
            int from = r.from() - before.size();
            if (from >= s.firstToken() && words(from, r.from()).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList().equals(before)) {
                return true;
            }
        }
        if (next.equals("'s")
                && ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.from() == r.to() + 1)) {
            return true;
        }
        if (r.from() - 1 > s.firstToken() && tokens.get(r.from() - 1).word().equals("of")
                && ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.to() == r.from() - 1)) {
            return true;
        }
        return resultLine(r, ranges, s);
    }

    /** "Wasps and Leeds", "Leeds , Wasps": a name listed next to a body is a club too. */
    private boolean besideClub(TokenRange r, List<TokenRange> ranges, Sentence s) {
        // Without "and" or a comma beside the range no body can be listed with it: most ranges stop
        // here, not at a scan of all ranges each (quadratic in a long text). The guards only keep the
        // look in the text; where the scan would look, the answer is the same.
        boolean joinBefore = r.from() >= 1 && isListJoin(r.from() - 1);
        boolean joinAfter = r.to() < tokens.size() && isListJoin(r.to());
        if (!joinBefore && !joinAfter) {
            return false;
        }
        for (TokenRange o : ranges) {
            if (o.type() != EntityType.ORGANIZATION || o == r) {
                continue;
            }
            boolean before = o.to() == r.from() - 1 && joinBefore;
            boolean after = o.from() == r.to() + 1 && joinAfter;
            if ((before || after) && o.from() >= s.firstToken() && o.to() <= s.endToken()) {
                return true;
            }
        }
        return false;
    }

    /** "Leeds 2 Arsenal 1": two names, each followed by a score, in a short line. */
    private boolean resultLine(TokenRange r, List<TokenRange> ranges, Sentence s) {
        if (s.endToken() - s.firstToken() > 12 || !score(r.to(), s)) {
            return false;
        }
        return ranges.stream().anyMatch(o -> o != r && o.from() >= s.firstToken() && o.to() <= s.endToken()
                && score(o.to(), s));
    }

    private boolean score(int at, Sentence s) {
        return at < s.endToken() && tokens.get(at).word().matches("\\d{1,3}");
    }

    /** After "in" or "at", or in a dateline ("LEEDS , England", "DALLAS , Texas"): the place itself. */
    private boolean placeContext(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        if (r.from() > s.firstToken()) {
            String before = tokens.get(r.from() - 1).word().toLowerCase(Locale.ROOT);
            if (before.equals("in") || before.equals("at")) {
                return true;
            }
        }
        boolean first = r.from() == s.firstToken();
        String next = r.to() < s.endToken() ? tokens.get(r.to()).word() : "";
        if (first && (Names.allCaps(tokens.get(r.from()).word()) || capsToken[r.from()])
                && (next.equals(",") || !next.isEmpty() && Character.isDigit(next.charAt(0)))) {
            return true;
        }
        return r.from() - 2 >= s.firstToken() && r.from() - 2 <= s.firstToken() + 2
                && tokens.get(r.from() - 1).word().equals(",")
                && Names.allCaps(tokens.get(r.from() - 2).word()) && tokens.get(r.from() - 2).word().length() > 1;
    }
}
