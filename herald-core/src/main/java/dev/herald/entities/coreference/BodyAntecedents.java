package dev.herald.entities.coreference;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * organisation named last that the noun fits (by its name, "the agency" for "Environment Agency", or
 * its subtype, "the company" for a company). They, them and their stand for organisations only, and
 * for none when a plural common noun stands between them and the subject ("Washington expelled two
 * diplomats after accusing them") or when the name is coordinated with another ("Smith and UKIP ...
 * their"). A possessive whose subject is followed by another organisation or
 * place as the object ("Armenia thanked the EU for its mediation") is left alone: either could own.
 * A pronoun inside a quotation follows only subjects inside the same quotation, and one outside
 * follows none inside. Any other subject (a person, a plural common noun such as "analysts", a
 * thing) means the pronoun stands for nothing named. A pleonastic "it" is left alone, and so are an
 * object "it" and "them" ("Merck would consider selling it"), which stand for things and people far
 * more often than for bodies. One instance serves one article.
 */
public final class BodyAntecedents {
    /** Body nouns and the subtypes of organisation or place they can stand for. */
    private static final Map<String, Set<String>> BODIES = bodies();
    /** Body nouns that can stand for an organisation whose subtype is unknown. */
    private static final Set<String> UNTYPED = Set.of("company", "firm", "group", "carmaker", "retailer", "airline",
            "lender", "insurer", "manufacturer", "supermarket", "chain", "operator", "giant", "club", "team", "side",
            "startup", "business");
    private static final int BODY_WINDOW = 4;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final Quotations quotes;
    private final ClauseRoles roles;
    private final Pronoun.Forms pronouns;

    public BodyAntecedents(List<Token> tokens, List<Entity> entities, ClauseRoles roles, Pronoun.Forms pronouns) {
        this.tokens = tokens;
        this.pronouns = pronouns;
        this.entities = entities;
        this.roles = roles;
        this.quotes = new Quotations(tokens);
    }

    /**
     * {@return the entity index the pronoun at {@code i} stands for}
     *
     * @param subjectsBefore the subject heads of its sentence before it
     * @param previous       the subject heads of the sentence before
     */
    public OptionalInt resolve(int i, Pronoun p, Occurrences seen, List<Integer> subjectsBefore, List<Integer> previous) {
        if (p.role() == Pronoun.Case.OBJECT || p.word().equalsIgnoreCase("it") && (roles.of(i, i + 1) != ClauseRoles.Role.SUBJECT
                || PleonasticIt.at(tokens, i))) {
            return OptionalInt.empty(); // "selling it", "accusing them": mostly things and people, not bodies
        }
        subjectsBefore = sameQuote(subjectsBefore, i);
        previous = sameQuote(previous, i);
        for (int k = subjectsBefore.size() - 1; k >= 0; k--) {
            Optional<OptionalInt> decided = decide(subjectsBefore.get(k), i, p, seen);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        if (!subjectsBefore.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int h : previous) {
            Optional<OptionalInt> decided = decide(h, i, p, seen);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return OptionalInt.empty();
    }

    /** {@return empty when the subject at {@code h} has the other number; else what it decides} */
    private Optional<OptionalInt> decide(int h, int i, Pronoun p, Occurrences seen) {
        Optional<Occurrence> named = seen.covering(h);
        if (named.isPresent()) {
            EntityType t = entities.get(named.get().entity()).type();
            boolean body = t == EntityType.ORGANIZATION || t == EntityType.LOCATION && !p.plural();
            if (!p.plural() && tokens.get(named.get().end() - 1).pos().equals("NNS")) {
                return Optional.empty(); // "DVDs ... It": a plural name is no "it"
            }
            boolean blocked = p.plural() && (pluralNounBetween(named.get().end() - 1, i) || coordinated(named.get().first()))
                    || p.role() == Pronoun.Case.POSSESSIVE && bodyObjectBetween(named.get().end(), i, seen);
            return Optional.of(body && !blocked ? OptionalInt.of(named.get().entity()) : OptionalInt.empty());
        }
        Token head = tokens.get(h);
        String w = head.word().toLowerCase(Locale.ROOT);
        Optional<Pronoun> pronoun = pronouns.of(head.word(), head.pos());
        if (pronoun.isPresent() || Set.of("i", "we", "you").contains(w)) {
            boolean plural = pronoun.map(Pronoun::plural).orElse(!w.equals("i"));
            return plural == p.plural() || pronoun.map(Pronoun::personal).orElse(true)
                    ? Optional.of(OptionalInt.empty()) : Optional.empty();
        }
        boolean bodyNoun = BODIES.containsKey(w);
        boolean plural = head.pos().endsWith("S") && !head.pos().equals("POS");
        boolean collective = bodyNoun && !BODIES.get(w).equals(Set.of("COUNTRY"));
        if (plural != p.plural() && !(collective && p.plural())) {
            return Optional.empty();
        }
        if (p.plural() && pluralNounBetween(h, i)) {
            return Optional.of(OptionalInt.empty());
        }
        return Optional.of(bodyNoun ? lastBody(h, w, seen) : OptionalInt.empty());
    }

    /** "the company": the organisation (or, for "the government", the country) named last that it fits. */
    private OptionalInt lastBody(int h, String noun, Occurrences seen) {
        int sentence = tokens.get(h).sentence();
        // From the last occurrence starting at or before h (a later one cannot end by h) back to the
        // first one too many sentences back (the sentences do not increase backwards).
        List<Occurrence> all = seen.all();
        for (int k = seen.firstStartingAt(h + 1) - 1; k >= 0 && sentence - all.get(k).sentence() <= BODY_WINDOW; k--) {
            Occurrence o = all.get(k);
            if (o.end() <= h && fits(entities.get(o.entity()), noun)) {
                return OptionalInt.of(o.entity());
            }
        }
        return OptionalInt.empty();
    }

    private static boolean fits(Entity e, String noun) {
        if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.LOCATION) {
            return false;
        }
        if (e.name().toLowerCase(Locale.ROOT).contains(noun)) {
            return true;
        }
        if (e.subtype().isEmpty()) {
            return e.type() == EntityType.ORGANIZATION && UNTYPED.contains(noun);
        }
        return BODIES.get(noun).contains(e.subtype().get());
    }

    /** "Washington expelled two diplomats after accusing them": a plural noun nearer than the subject. */
    private boolean pluralNounBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String pos = tokens.get(k).pos();
            if ((pos.equals("NNS") || pos.equals("NNPS")) && tokens.get(k).ner().equals("O")) {
                return true;
            }
        }
        return false;
    }

    /** {@return the subjects on the same side of a quotation mark as the pronoun at {@code i}} */
    private List<Integer> sameQuote(List<Integer> subjects, int i) {
        return subjects.stream().filter(h -> quotes.sameQuotation(h, i)).toList();
    }

    /** "Kilroy-Silk and UKIP ... their": a name coordinated with another is only part of a plural. */
    private boolean coordinated(int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).pos().equals("DT")) {
            k--;
        }
        return k >= 0 && tokens.get(k).sentence() == tokens.get(first).sentence()
                && Set.of("and", "or", "nor", "&").contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** "Armenia thanked the EU for its mediation": another body, the object, could own it as well. */
    private boolean bodyObjectBetween(int from, int to, Occurrences seen) {
        // Only occurrences starting in [from, to) can lie between: each has at least one token.
        List<Occurrence> all = seen.all();
        for (int k = seen.firstStartingAt(from); k < all.size() && all.get(k).first() < to; k++) {
            Occurrence o = all.get(k);
            if (o.end() <= to && o.role() == ClauseRoles.Role.OBJECT && entities.get(o.entity()).type() != EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> bodies() {
        Map<String, Set<String>> m = new HashMap<>();
        Set<String> company = Set.of("COMPANY");
        for (String w : List.of("company", "firm", "group", "carmaker", "retailer", "airline", "lender", "insurer",
                "manufacturer", "supermarket", "chain", "operator", "giant", "startup", "business")) {
            m.put(w, company);
        }
        m.put("bank", Set.of("COMPANY", "GOVERNMENT", "IGO"));
        for (String w : List.of("broadcaster", "newspaper", "network", "paper", "channel")) {
            m.put(w, Set.of("MEDIA"));
        }
        m.put("party", Set.of("PARTY"));
        m.put("union", Set.of("UNION", "IGO"));
        for (String w : List.of("charity", "organisation", "organization", "association", "federation", "league")) {
            m.put(w, Set.of("NGO", "ASSOCIATION", "IGO"));
        }
        for (String w : List.of("ministry", "department", "agency", "authority", "regulator", "commission", "watchdog",
                "court", "office", "service", "council", "board", "committee")) {
            m.put(w, Set.of("GOVERNMENT"));
        }
        for (String w : List.of("bloc", "alliance")) {
            m.put(w, Set.of("IGO"));
        }
        for (String w : List.of("government", "administration", "cabinet", "executive", "regime", "kremlin")) {
            m.put(w, Set.of("GOVERNMENT"));
        }
        for (String w : List.of("country", "nation", "state")) {
            m.put(w, Set.of("COUNTRY"));
        }
        for (String w : List.of("club", "team", "side")) {
            m.put(w, Set.of("SPORT", "CLUB"));
        }
        return Map.copyOf(m);
    }
}
