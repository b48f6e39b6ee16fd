package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerMatch;
import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes apart names NER ran together. "Ex-BBC" names the BBC. "Labour MP for West Ham" is a party and a constituency;
 * "Labour and Conservative" or "safest Labour" are the known names inside them; a name NER called
 * {@code OTHER} whose head word makes it a body ("English Democrats", "Veritas Party") is an
 * organisation. A working step of {@link NerCorrector}. Thread-safe.
 */
public final class NameSplitter {
    /** Roles that NER folds into the name of the party or place they belong to. */
    static final Set<String> ROLES = Set.of("MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs",
            "Minister", "Ministers", "Leader", "Government", "Councillor", "Councillors", "Peer", "Peers");
    private static final Set<String> SEATS = Set.of("MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "AMs");
    private static final Set<String> ORG_HEADS = Set.of("Party", "Democrats", "Republicans", "Union", "Council",
            "Association", "Federation", "Committee", "Commission", "Ministry", "Department", "Agency", "Bank");
    private static final Set<String> PREFIXES = Set.of("Ex", "ex", "Former", "former");
    private final Gazetteer gazetteer;
    private final Set<String> givenNames;

    /** @param givenNames common given names, which open "Jane Doe of Oxfam" */
    public NameSplitter(Gazetteer gazetteer, Set<String> givenNames) {
        this.gazetteer = gazetteer;
        this.givenNames = givenNames;
    }

    public void apply(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            if (r.sure() || r.from() < s.firstToken() || r.to() > s.endToken()) {
                continue;
            }
            List<String> words = words(tokens, r);
            if (words.size() > 2 && PREFIXES.contains(words.get(0)) && words.get(1).equals("-")) {
                ranges.set(ranges.indexOf(r), new TokenRange(r.from() + 2, r.to(), r.type(), r.origin()));
                continue;
            }
            List<TokenRange> parts = seat(r, words);
            if (parts.isEmpty()) {
                parts = personOfBody(r, words);
            }
            if (parts.isEmpty()) {
                parts = knownParts(r, words);
            }
            if (!parts.isEmpty()) {
                ranges.remove(r);
                ranges.addAll(parts);
            } else if (r.type() == EntityType.OTHER && words.size() > 1 && ORG_HEADS.contains(words.get(words.size() - 1))) {
                ranges.set(ranges.indexOf(r), r.as(EntityType.ORGANIZATION, TokenRange.Origin.NER));
            }
        }
    }

    /** "Labour MP for West Ham": the party before the seat, the constituency after "for". */
    private List<TokenRange> seat(TokenRange r, List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (SEATS.contains(words.get(i)) && words.get(i + 1).equals("for")) {
                List<TokenRange> parts = new ArrayList<>();
                if (i > 0) {
                    parts.add(new TokenRange(r.from(), r.from() + i, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
                }
                parts.add(new TokenRange(r.from() + i + 2, r.to(), EntityType.LOCATION, TokenRange.Origin.RULE));
                return parts;
            }
        }
        return List.of();
    }

    /**
     * "Jane Doe of Oxfam": a person's name (two or three capitalized words opening on a common
     * given name) and "of" before a body or place are a person and that body or place. The part
     * after "of" is typed by the gazetteer, else as NER typed the whole, unless NER called the whole
     * a person: then a body. "Duke of York" and "Bank of England" open on no given name.
     */
    private List<TokenRange> personOfBody(TokenRange r, List<String> words) {
        int of = words.indexOf("of");
        if (of < 2 || of > 3 || of + 1 >= words.size() || !givenNames.contains(words.get(0))) {
            return List.of();
        }
        for (String w : words.subList(0, of)) {
            if (!Names.capitalized(w) || ORG_HEADS.contains(w)) {
                return List.of();
            }
        }
        List<String> rest = words.subList(words.get(of + 1).equalsIgnoreCase("the") ? of + 2 : of + 1, words.size());
        if (rest.isEmpty() || !Names.capitalized(rest.get(0))) {
            return List.of();
        }
        EntityType restType = gazetteer.lookup(String.join(" ", rest)).map(n -> n.actor().type())
                .filter(t -> t != EntityType.PERSON)
                .orElse(r.type() == EntityType.PERSON ? EntityType.ORGANIZATION : r.type());
        return List.of(new TokenRange(r.from(), r.from() + of, EntityType.PERSON, TokenRange.Origin.RULE),
                new TokenRange(r.to() - rest.size(), r.to(), restType, TokenRange.Origin.RULE));
    }

    /** The known names inside a longer NER name, when they are its only names. */
    private List<TokenRange> knownParts(TokenRange r, List<String> words) {
        if (words.size() < 2) {
            return List.of();
        }
        List<GazetteerMatch> found = gazetteer.find(words, false);
        boolean[] covered = new boolean[words.size()];
        List<TokenRange> parts = new ArrayList<>();
        for (GazetteerMatch m : found) {
            java.util.Arrays.fill(covered, m.start(), m.end(), true);
            parts.add(new TokenRange(r.from() + m.start(), r.from() + m.end(), m.name().actor().type(),
                    TokenRange.Origin.RULE));
        }
        boolean someLeft = false;
        for (int i = 0; i < words.size(); i++) {
            if (!covered[i]) {
                someLeft = true;
                if (Names.capitalized(words.get(i)) && !ROLES.contains(words.get(i))) {
                    return List.of();
                }
            }
        }
        return someLeft || placeThenParty(found) ? parts : List.of();
    }

    /** "Leeds Labour": a place and a party run together are the place and the party's branch there. */
    private static boolean placeThenParty(List<GazetteerMatch> found) {
        return found.size() == 2 && found.get(0).name().actor().kind() == Actor.Kind.PLACE
                && found.get(1).name().actor().subtype().equals(java.util.Optional.of("PARTY"));
    }

    private static List<String> words(List<Token> tokens, TokenRange r) {
        List<String> words = new ArrayList<>();
        for (int i = r.from(); i < r.to(); i++) {
            words.add(tokens.get(i).word());
        }
        return words;
    }
}
