package dev.herald.events;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Mention;
import dev.herald.model.Metonym;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the head word of a source or target phrase into an {@link Event.Actor}: an entity of the
 * article (a metonym such as "the Kremlin" is already an entity with its country and sector; a place
 * name standing for a government, "Moscow warned", is that government, named by the words of the text), an
 * actor noun with the entity that modifies it ("Russian troops", "Sudan's army", "the ambassadors
 * of France"), a pronoun's antecedent (the nearest preceding subject of the right kind), or "we"
 * and "I" inside a quotation as its speaker. One finder serves one article.
 */
final class ActorFinder {
    private static final Set<String> PLACES = Set.of("position", "base", "area", "territory", "district", "town",
            "city", "village", "region", "stronghold", "neighbourhood", "neighborhood");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "me");
    private static final Set<String> PERSON_NOUNS = Set.of("secretary", "minister", "president", "leader", "premier",
            "chancellor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "king",
            "queen", "general", "commander", "judge", "prosecutor", "chief", "official", "senator", "lawmaker");
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "million", "millions", "score", "scores", "number", "some", "many", "most", "all", "several",
            "one", "two", "both", "each", "none", "tens", "ten", "batch", "patch");
    /** Nouns for a part or group of an actor, which stand for the actor they are of: "members of the union". */
    private static final Set<String> GROUPS = Set.of("group", "member", "leader", "leadership", "delegation", "team",
            "contingent", "wing", "faction", "representative", "official", "supporter", "activist", "unit", "boss",
            "head", "chief");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat");
    /** Words that leave "ministers" the government's: "senior ministers", "government officials". */
    private static final Set<String> GOVERNMENT_QUALIFIERS = Set.of("senior", "top", "government", "cabinet",
            "other", "current");
    private static final Map<String, String> SUBTYPE_SECTORS = Map.ofEntries(
            Map.entry("GOVERNMENT", "GOV"), Map.entry("MILITARY", "MIL"), Map.entry("IGO", "IGO"),
            Map.entry("PARTY", "PTY"), Map.entry("MEDIA", "MED"), Map.entry("COURT", "JUD"),
            Map.entry("POLICE", "COP"), Map.entry("REBEL", "REB"), Map.entry("REBELS", "REB"),
            Map.entry("NGO", "NGO"), Map.entry("COMPANY", "BUS"), Map.entry("BUSINESS", "BUS"),
            Map.entry("LEGISLATURE", "LEG"), Map.entry("PARLIAMENT", "LEG"), Map.entry("OPPOSITION", "OPP"));

    private final String text;
    private final ParseTree tree;
    private final Subjects subjects;
    private final ActorNouns nouns;
    private final HomeActors home;
    private final Map<Integer, Entity> entityAt = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<Quote> quotes;
    /** Place names standing for a government ("Moscow warned"), by token. */
    private final Map<Integer, StandIn> standsFor = new HashMap<>();
    private final ActorPronouns pronouns;

    ActorFinder(String text, ParseTree tree, Subjects subjects, ActorNouns nouns, ActorPronouns pronouns,
                List<Entity> entities, List<Quote> quotes, List<Metonym> metonyms) {
        this.text = text;
        this.pronouns = pronouns;
        this.home = new HomeActors(entities);
        this.tree = tree;
        this.subjects = subjects;
        this.nouns = nouns;
        this.quotes = quotes;
        for (Entity e : entities) {
            byId.putIfAbsent(e.id(), e);
            for (Mention m : e.mentions()) {
                for (int i = 0; i < tree.size(); i++) {
                    Token t = tree.token(i);
                    if (t.span().overlaps(m.span())) {
                        entityAt.putIfAbsent(i, e);
                    }
                }
            }
        }
        this.dateline = datelines(tree);
        for (Metonym m : metonyms) {
            Entity government = byId.get(m.government());
            for (int i = 0; government != null && i < tree.size(); i++) {
                if (tree.token(i).span().overlaps(m.span())) {
                    standsFor.putIfAbsent(i, new StandIn(government, m.span()));
                }
            }
        }
    }

    private final boolean[] dateline;

    /**
     * Marks the datelines of wire copy ("BRUSSELS, June 12 (Reuters) - ..."): the place there is where the
     * story was filed, not an actor.
     */
    private static boolean[] datelines(ParseTree tree) {
        boolean[] marks = new boolean[tree.size()];
        for (int i = 0; i < tree.size(); i++) {
            boolean first = i == 0 || tree.token(i - 1).sentence() != tree.token(i).sentence();
            String w = tree.word(i);
            if (!first || w.length() < 3 || !w.equals(w.toUpperCase(Locale.ROOT)) || !w.chars().allMatch(Character::isLetter)
                    || i + 1 >= tree.size() || !tree.word(i + 1).equals(",")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(tree.size(), i + 14) && tree.token(k).sentence() == tree.token(i).sentence(); k++) {
                String d = tree.word(k);
                if (d.equals("-") || d.equals("--") || d.equals("\u2013") || d.equals("\u2014")) {
                    for (int j = i; j <= k; j++) {
                        marks[j] = true;
                    }
                    break;
                }
            }
        }
        return marks;
    }

    /** {@return the actor the phrase headed by token {@code head} names, if it names one} */
    Optional<Event.Actor> actor(int head) {
        return actor(head, 0);
    }

    private Optional<Event.Actor> actor(int head, int depth) {
        if (head < 0 || depth > 2) {
            return Optional.empty();
        }
        if (dateline[head]) {
            // "SEOUL, Aug 21 - North Korea fired": the parser may make the dateline the subject
            for (int c : tree.children(head)) {
                if (tree.relation(c).equals("appos") && !dateline[c]) {
                    return actor(c, depth + 1);
                }
            }
            return Optional.empty();
        }
        String lemma = tree.lemma(head);
        if (tree.pos(head).startsWith("PRP")) {
            return pronoun(head, lemma, depth);
        }
        Entity own = entityAt.get(head);
        if (own != null) {
            return Optional.of(fromEntity(own, head));
        }
        if (QUANTITIES.contains(lemma) || tree.pos(head).equals("CD") || GROUPS.contains(lemma)) {
            // "thousands of students", "a group of refugees", "leaders of the opposition coalition"
            for (int c : tree.children(head)) {
                if (tree.baseRelation(c).equals("nmod") && Set.of("of", "from").contains(tree.preposition(c))) {
                    Optional<Event.Actor> of = actor(c, depth + 1);
                    if (of.isPresent() || !GROUPS.contains(lemma)) {
                        return of;
                    }
                }
            }
        }
        for (int c : tree.children(head)) {
            if (tree.relation(c).equals("appos") && entityAt.containsKey(c)) {
                return Optional.of(fromEntity(entityAt.get(c), c));
            }
        }
        Entity modifier = modifierEntity(head);
        if (modifier != null && GROUPS.contains(lemma) && !nouns.isActor(lemma, tree.word(head))) {
            // "the Taliban faction": a part that is no actor noun of its own stands for the body it is of
            return Optional.of(fromEntity(modifier, head));
        }
        if (PLACES.contains(lemma)) {
            // "positions held by the RSF", "areas controlled by rebels"
            int by = agentOfParticiple(head);
            if (by >= 0) {
                return actor(by, depth + 1);
            }
            for (int c : tree.children(head)) {
                // "the town of Cizre": the place its name names
                Entity named = entityAt.get(c);
                if (tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("of") && named != null
                        && named.type() == EntityType.LOCATION) {
                    return Optional.of(fromEntity(named, c));
                }
            }
        }
        int possessive = possessivePronoun(head);
        if (modifier == null && possessive >= 0 && tree.isNoun(head) && nouns.isActor(lemma, tree.word(head))) {
            Optional<Event.Actor> owner = pronoun(possessive, tree.lemma(possessive), depth + 1);
            if (owner.isPresent() && owner.get().entity().isPresent()) {
                Event.Actor o = owner.get();
                return Optional.of(new Event.Actor(o.entity(), o.name() + " " + tree.word(head), o.country(),
                        nouns.sector(lemma)));
            }
        }
        if (tree.isNoun(head) && nouns.isActor(lemma, tree.word(head))) {
            Optional<String> sector = nounSector(head, lemma);
            if (modifier != null) {
                return Optional.of(new Event.Actor(Optional.of(modifier.id()), phrase(head), modifier.country(), sector));
            }
            return referent(head, lemma, sector)
                    .or(() -> Optional.of(new Event.Actor(Optional.empty(), phrase(head), home.country(), sector)));
        }
        if (tree.isNoun(head)) {
            // an act standing for its actor: "air strikes by the coalition killed ...", "Russia's attack killed ..."
            for (int c : tree.children(head)) {
                boolean by = tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("by");
                if (by || tree.relation(c).equals("nmod:poss")) {
                    return actor(c, depth + 1);
                }
            }
            // "crimes committed by Croat forces", "property seized by government forces"
            int by = agentOfParticiple(head);
            if (by >= 0) {
                return actor(by, depth + 1);
            }
        }
        return Optional.empty();
    }

    /** The agent of a participle modifying the noun ("areas controlled by rebels"), or -1. */
    private int agentOfParticiple(int head) {
        for (int c : tree.children(head, Set.of("acl"))) {
            for (int by : tree.children(c)) {
                if (tree.baseRelation(by).equals("obl") && tree.preposition(by).equals("by")) {
                    return by;
                }
            }
        }
        return -1;
    }

    /** The sector of an actor noun, read with its compound first ("foreign minister", "riot police"). */
    private Optional<String> nounSector(int head, String lemma) {
        for (int c : tree.children(head, Set.of("compound", "amod"))) {
            if (c == head - 1) {
                Optional<String> s = nouns.sector(tree.word(c).toLowerCase(Locale.ROOT) + " " + lemma);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return nouns.sector(lemma);
    }

    /**
     * The entity a common noun refers to: "the government", "ministers", "officials" are the government of
     * the article's country; "the bank" is the bank the article named before. Indefinite phrases ("a
     * minister") and qualified ones ("opposition ministers", "local officials") refer to no one in particular.
     */
    private Optional<Event.Actor> referent(int head, String lemma, Optional<String> sector) {
        for (int c : tree.children(head, Set.of("det"))) {
            if (!Set.of("the", "this", "these").contains(tree.lemma(c).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        String word = tree.word(head).toLowerCase(Locale.ROOT);
        boolean qualified = tree.children(head, Set.of("compound", "amod", "nummod")).stream()
                .anyMatch(c -> !GOVERNMENT_QUALIFIERS.contains(tree.lemma(c).toLowerCase(Locale.ROOT)));
        if (!qualified && HomeActors.GOVERNMENT_NOUNS.contains(word) && home.government().isPresent()) {
            Entity g = home.government().get();
            return Optional.of(new Event.Actor(Optional.of(g.id()), nameFor(g, head), g.country(), Optional.of("GOV")));
        }
        boolean definite = !tree.children(head, Set.of("det")).isEmpty();
        if (definite && !qualified && !tree.pos(head).endsWith("S")) {
            int at = tree.token(head).span().start();
            return home.body(lemma, at).map(b -> new Event.Actor(Optional.of(b.id()), nameFor(b, head), b.country(),
                    sector.or(() -> fromEntity(b, head).sector())));
        }
        return Optional.empty();
    }

    /** The entity's name where it has the noun ("UK Government" for "the government"), else the words of the text. */
    private String nameFor(Entity e, int head) {
        String lemma = tree.lemma(head).toLowerCase(Locale.ROOT);
        boolean named = List.of(e.name().toLowerCase(Locale.ROOT).split("\\W+")).contains(lemma);
        return named ? e.name() : phrase(head);
    }

    private Event.Actor fromEntity(Entity e, int head) {
        StandIn standIn = standsFor.get(head);
        if (standIn != null) {
            // "Moscow warned": the government, named by the words of the text
            Entity g = standIn.government();
            return new Event.Actor(Optional.of(g.id()), standIn.name().of(text), g.country(), Optional.of("GOV"));
        }
        Optional<String> sector = e.subtype().map(s -> SUBTYPE_SECTORS.get(s.toUpperCase(Locale.ROOT)));
        if (sector.isEmpty() && e.type() == EntityType.PERSON) {
            sector = titleSector(e, head);
        }
        return new Event.Actor(Optional.of(e.id()), e.name(), e.country(), sector);
    }

    /** A person's sector from the title words before the name ("President", "Minister") or the entity's title. */
    private Optional<String> titleSector(Entity e, int head) {
        for (int c : tree.children(head)) {
            if (tree.relation(c).equals("compound") || tree.relation(c).equals("amod")) {
                Optional<String> s = nouns.sector(tree.lemma(c));
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        if (e.title().isPresent()) {
            for (String w : e.title().get().toLowerCase(Locale.ROOT).split("\\W+")) {
                Optional<String> s = nouns.sector(w);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    /** The entity modifying an actor noun: "Russian troops", "Sudan's army", "ambassadors of France". */
    private Entity modifierEntity(int head) {
        for (int c : tree.children(head)) {
            String rel = tree.relation(c);
            boolean of = tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("of");
            if (MODIFIERS.contains(rel) || of) {
                Entity e = entityAt.get(c);
                if (e != null && e.type() != EntityType.PERSON) {
                    return e;
                }
            }
        }
        return null;
    }

    private int possessivePronoun(int head) {
        for (int c : tree.children(head, Set.of("nmod:poss"))) {
            if (tree.pos(c).equals("PRP$")) {
                return c;
            }
        }
        return -1;
    }

    /** The words of the phrase: its modifiers and head, without leading determiners. */
    private String phrase(int head) {
        int start = head;
        for (int c : tree.children(head)) {
            if (c < head && (MODIFIERS.contains(tree.relation(c)) || tree.relation(c).equals("nummod"))) {
                start = Math.min(start, tree.leftmost(c));
            }
        }
        while (start < head && dateline[start]) {
            start++;
        }
        int end = head;
        for (int c : tree.children(head)) {
            if (c > head && tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("of")
                    && entityAt.containsKey(c)) {
                end = Math.max(end, c);
            }
        }
        return text.substring(tree.token(start).span().start(), tree.token(end).span().end());
    }

    private Optional<Event.Actor> pronoun(int head, String lemma, int depth) {
        Entity own = entityAt.get(head);
        if (own != null) {
            return Optional.of(fromEntity(own, head));
        }
        if (FIRST_PERSON.contains(lemma)) {
            return speakerOfQuoteAround(head);
        }
        boolean person = pronouns.person().contains(lemma);
        if (!person && !pronouns.thing().contains(lemma)) {
            return Optional.empty();
        }
        int sentence = tree.token(head).sentence();
        if (tree.pos(head).equals("PRP$") && !person) {
            for (int k = head - 1; k >= 0 && tree.token(k).sentence() == sentence; k--) {
                Entity e = entityAt.get(k);
                if (e != null && e.type() != EntityType.PERSON && !dateline[k]) {
                    return Optional.of(fromEntity(e, k));
                }
            }
        }
        int clause = clauseOf(head);
        for (int k = head - 1; k >= 0 && tree.token(k).sentence() >= sentence - 2; k--) {
            if (!tree.baseRelation(k).equals("nsubj") || tree.pos(k).startsWith("PRP") || tree.head(k) == clause) {
                continue;
            }
            if (person && tree.pos(k).endsWith("S")) {
                continue; // "she" is no plural noun
            }
            Optional<Event.Actor> a = actor(k, depth + 1);
            // "they" is a plural of people as well as of bodies: "farmers said they would blockade Paris"
            boolean plural = lemma.equals("they") && tree.pos(k).endsWith("S");
            if (a.isPresent() && (isPerson(k) == person || plural)) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The predicate a pronoun belongs to: its head, or for a possessive, its noun's head. */
    private int clauseOf(int pronoun) {
        int h = tree.head(pronoun);
        return tree.relation(pronoun).equals("nmod:poss") && h >= 0 ? tree.head(h) : h;
    }

    private boolean isPerson(int k) {
        Entity e = entityAt.get(k);
        if (e != null) {
            return e.type() == EntityType.PERSON;
        }
        for (int c : tree.children(k)) {
            if (tree.relation(c).equals("appos") && entityAt.containsKey(c)) {
                return entityAt.get(c).type() == EntityType.PERSON;
            }
        }
        return PERSON_NOUNS.contains(tree.lemma(k));
    }

    private Optional<Event.Actor> speakerOfQuoteAround(int head) {
        for (Quote q : quotes) {
            if (q.span().contains(tree.token(head).span()) && q.speaker().isPresent()) {
                Speaker s = q.speaker().get();
                if (s instanceof Speaker.Named n && byId.containsKey(n.entityId())) {
                    return Optional.of(fromEntity(byId.get(n.entityId()), head));
                }
                return Optional.of(new Event.Actor(Optional.empty(), s.name(), Optional.empty(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the speaker of a quotation that the sentence of token {@code i} holds or whose speaker it
     * names: the source of a speech act whose own subject the parse does not give}
     */
    Optional<Event.Actor> speakerOfSentence(int i) {
        int sentence = tree.token(i).sentence();
        Span trigger = tree.token(i).span();
        int a = i;
        int b = i;
        while (a > 0 && tree.token(a - 1).sentence() == sentence) {
            a--;
        }
        while (b + 1 < tree.size() && tree.token(b + 1).sentence() == sentence) {
            b++;
        }
        Span within = new Span(tree.token(a).span().start(), tree.token(b).span().end());
        for (Quote q : quotes) {
            if (q.speaker().isEmpty() || q.span().contains(trigger)) {
                continue;
            }
            Speaker s = q.speaker().get();
            Optional<Span> mention = s instanceof Speaker.Named n ? n.mention()
                    : ((Speaker.Anonymous) s).mention();
            boolean here = mention.map(within::contains).orElse(false) || within.overlaps(q.span());
            if (here) {
                if (s instanceof Speaker.Named n && byId.containsKey(n.entityId())) {
                    return Optional.of(fromEntity(byId.get(n.entityId()), i));
                }
                return Optional.of(new Event.Actor(Optional.empty(), s.name(), Optional.empty(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** A place name standing for a government: the government and the words of the name. */
    private record StandIn(Entity government, Span name) {
    }

    /** {@return the subjects finder this actor finder was built with} */
    Subjects subjects() {
        return subjects;
    }
}
