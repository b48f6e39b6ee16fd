package dev.herald.entities.types;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persons by the words around them: a name followed by an age ("Okafor , 31 ,"), a competitor with
 * a country in a ranked results line ("3. Ana Lisboa ( Portugal ) 2:11.05") and a name of two words
 * or more that starts with a common given name ({@code given-names.txt}), unless a body's, a
 * place's or a facility's word says otherwise, are persons wherever the article names them; so is
 * a peer or prelate named by a title of a place ("Duke of Edinburgh", "Archbishop of Canterbury"). A step
 * of {@link TypeEvidence}; one instance serves one article.
 */
final class PersonEvidence extends EvidenceStep {
    /** Words after a name that show a body: "Harwick shares", "Harwick chairwoman". */
    private static final Set<String> BODY_ROLES = Set.of("chairman", "chairwoman", "chief", "spokesman",
            "spokeswoman", "shares", "shareholders", "board", "executives", "staff", "employees", "workers");
    /** Lower-case words after a name that make it a facility named after a person: "Jomo Kenyatta airport". */
    private static final Set<String> FACILITIES = Set.of("airport", "street", "square", "avenue", "road", "bridge",
            "stadium", "hospital", "school", "university", "station", "park", "centre", "center", "prize", "award",
            "trophy", "cup", "memorial", "foundation");

    /** Titles of peers and prelates, named after a place: "Duke of Edinburgh", "Archbishop of Canterbury". */
    private static final Set<String> PEERAGES = Set.of("Duke", "Duchess", "Earl", "Countess", "Marquess",
            "Marchioness", "Viscount", "Viscountess", "Baron", "Baroness", "Prince", "Princess", "Archbishop", "Bishop");

    PersonEvidence(EvidenceStep article) {
        super(article);
    }

    /**
     * "Duke of Edinburgh", "Archbishop of [Canterbury]": a peer's or prelate's title of a place names
     * a person, not the body or the place NER saw; the title joins a place NER typed alone.
     */
    void peers(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.PERSON || r.sure()) {
                continue;
            }
            if (r.to() - r.from() >= 3 && PEERAGES.contains(tokens.get(r.from()).word())
                    && tokens.get(r.from() + 1).word().equals("of")) {
                ranges.set(i, r.as(EntityType.PERSON, TokenRange.Origin.RULE));
            } else if (r.from() >= 2 && sentenceOf[r.from() - 2] == sentenceOf[r.from()]
                    && tokens.get(r.from() - 1).word().equals("of") && PEERAGES.contains(tokens.get(r.from() - 2).word())
                    && ranges.stream().noneMatch(o -> o.overlaps(r.from() - 2, r.from()))) {
                ranges.set(i, new TokenRange(r.from() - 2, r.to(), EntityType.PERSON, TokenRange.Origin.RULE));
            }
        }
    }

    /** "Okafor , 31 ,": a person; "Glenn Halloway": a person. */
    void persons(List<TokenRange> ranges) {
        Set<String> people = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.type() != EntityType.PERSON && !r.sure() && (aged(r) || givenName(r) || ranked(r, ranges))) {
                people.add(key(r.from(), r.to()));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() != EntityType.PERSON && !r.sure() && people.contains(key(r.from(), r.to()))) {
                ranges.set(i, r.as(EntityType.PERSON, TokenRange.Origin.RULE));
            }
        }
    }

    /** "3. Ana Lisboa ( Portugal ) 2:11.05": a competitor in a ranked results line is a person. */
    private boolean ranked(TokenRange r, List<TokenRange> ranges) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        int rank = r.from() - 1;
        if (rank > 0 && tokens.get(rank).word().equals(".")) {
            rank--;
        }
        boolean numbered = rank >= 0 && tokens.get(rank).word().matches("\\d{1,3}\\.?")
                && (rank == 0 || sentenceOf[rank - 1] != sentenceOf[rank]
                || tokens.get(rank).span().start() - tokens.get(rank - 1).span().end() > 1);
        if (!numbered || r.to() - r.from() < 2 || r.to() + 2 >= s.endToken() || !tokens.get(r.to()).word().equals("(")
                || lists.organisationSuffixes().contains(tokens.get(r.to() - 1).word())) {
            return false;
        }
        return ranges.stream().anyMatch(c -> c.from() == r.to() + 1 && c.to() < s.endToken()
                && tokens.get(c.to()).word().equals(")")
                && (c.type() == EntityType.LOCATION || is(c, Actor.Kind.COUNTRY)));
    }

    private boolean aged(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        int t = r.to();
        if (t + 2 >= s.endToken() || !tokens.get(t).word().equals(",") || !tokens.get(t + 2).word().equals(",")) {
            return false;
        }
        String age = tokens.get(t + 1).word();
        return age.matches("\\d{2}") && Integer.parseInt(age) >= 15;
    }

    private boolean givenName(TokenRange r) {
        if (r.to() - r.from() < 2 || !lists.givenNames().contains(tokens.get(r.from()).word())
                || gazetteer.lookup(text(r)).isPresent()) {
            return false;
        }
        if (r.to() < tokens.size() && (FACILITIES.contains(tokens.get(r.to()).word())
                || BODY_ROLES.contains(tokens.get(r.to()).word()))) {
            return false;
        }
        for (int i = r.from() + 1; i < r.to(); i++) {
            String w = tokens.get(i).word();
            if (lists.organisationSuffixes().contains(w) || lists.competitions().contains(w) || PLACE_WORDS.contains(w)
                    || !(Names.capitalized(w) || Names.PARTICLES.contains(w) || NerCorrector.hyphenJoins(tokens, i))) {
                return false;
            }
        }
        return true;
    }
}
