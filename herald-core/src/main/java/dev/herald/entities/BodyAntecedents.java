package dev.herald.entities;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chooses the organisation, country or government an it, its, they, them or their stands for. Such a
 * pronoun follows the subject: the nearest subject before it in its own sentence ("Russia said its
 * troops..."), else the first subject of the sentence before ("The Met Office issued a warning. It
 * said..."). A subject of the other number is passed over ("Nurses in Wales voted, the union said.
 * It..."); the first subject of the right number decides: an organisation or place named there, a
 * pronoun already linked, or a body noun ("the company", "the ministry") standing for the
 * organisation named last. Any other subject (a person, a plural common noun such as "analysts", a
 * thing) means the pronoun stands for nothing named. A pleonastic "it" is left alone. One instance
 * serves one article.
 */
final class BodyAntecedents {
    private static final Set<String> BODIES = Set.of("company", "firm", "group", "carmaker", "bank", "union",
            "council", "ministry", "department", "agency", "club", "organisation", "organization", "association",
            "regulator", "commission", "authority", "board", "committee", "party", "charity", "bloc", "alliance",
            "court", "team", "army", "military", "airline", "retailer", "broadcaster", "network", "university",
            "newspaper", "institute", "foundation", "federation", "league", "body", "watchdog", "insurer", "lender",
            "manufacturer", "supermarket", "chain", "operator", "giant", "side", "office", "service", "coalition");
    private static final Set<String> STATES = Set.of("government", "country", "nation", "state", "administration",
            "kremlin", "cabinet", "executive", "regime");
    private static final int BODY_WINDOW = 4;

    private final List<Token> tokens;
    private final List<Entity> entities;

    BodyAntecedents(List<Token> tokens, List<Entity> entities) {
        this.tokens = tokens;
        this.entities = entities;
    }

    /**
     * {@return the entity index the pronoun at {@code i} stands for}
     *
     * @param subjectsBefore the subject heads of its sentence before it
     * @param previous       the subject heads of the sentence before
     */
    OptionalInt resolve(int i, Pronoun p, List<Occurrence> seen, List<Integer> subjectsBefore, List<Integer> previous) {
        if (p.word().equalsIgnoreCase("it") && PleonasticIt.at(tokens, i)) {
            return OptionalInt.empty();
        }
        for (int k = subjectsBefore.size() - 1; k >= 0; k--) {
            Optional<OptionalInt> decided = decide(subjectsBefore.get(k), p, seen);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        if (!subjectsBefore.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int h : previous) {
            Optional<OptionalInt> decided = decide(h, p, seen);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return OptionalInt.empty();
    }

    /** {@return empty when the subject at {@code h} has the other number; else what it decides} */
    private Optional<OptionalInt> decide(int h, Pronoun p, List<Occurrence> seen) {
        Optional<Occurrence> named = seen.stream().filter(o -> o.first() <= h && h < o.end()).findFirst();
        if (named.isPresent()) {
            EntityType t = entities.get(named.get().entity()).type();
            boolean body = t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
            return Optional.of(body ? OptionalInt.of(named.get().entity()) : OptionalInt.empty());
        }
        Token head = tokens.get(h);
        String w = head.word().toLowerCase(Locale.ROOT);
        Optional<Pronoun> pronoun = Pronoun.of(head.word(), head.pos());
        if (pronoun.isPresent() || Set.of("i", "we", "you").contains(w)) {
            boolean plural = pronoun.map(Pronoun::plural).orElse(!w.equals("i"));
            return plural == p.plural() || pronoun.map(Pronoun::personal).orElse(true)
                    ? Optional.of(OptionalInt.empty()) : Optional.empty();
        }
        boolean bodyNoun = BODIES.contains(w) || STATES.contains(w);
        boolean plural = head.pos().endsWith("S") && !head.pos().equals("POS");
        if (plural != p.plural() && !(bodyNoun && p.plural())) {
            return Optional.empty();
        }
        return Optional.of(bodyNoun ? lastBody(h, STATES.contains(w), seen) : OptionalInt.empty());
    }

    /** "the company": the organisation (or, for "the government", the place) named last before it. */
    private OptionalInt lastBody(int h, boolean state, List<Occurrence> seen) {
        int sentence = tokens.get(h).sentence();
        Occurrence best = null;
        for (Occurrence o : seen) {
            EntityType t = entities.get(o.entity()).type();
            boolean fits = t == EntityType.ORGANIZATION || state && t == EntityType.LOCATION;
            if (fits && o.end() <= h && sentence - o.sentence() <= BODY_WINDOW && (best == null || o.first() > best.first())) {
                best = o;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.entity());
    }
}
