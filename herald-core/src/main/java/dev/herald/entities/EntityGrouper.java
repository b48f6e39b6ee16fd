package dev.herald.entities;

import dev.herald.entities.coreference.EntityResolver;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.mentions.Acronyms;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.types.EntityWords;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Span;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups name mentions into one entity per actor. A person named by part of a fuller name ("Truss",
 * "Ms Truss", "Liz Truss") is one person; names the gazetteer knows group by the actor they name
 * ("Britain", "UK"; "Kyiv", "Kiyv"); other names group when equal after normalization. The
 * canonical name is the gazetteer's name, else the fullest name without honorific. Type, subtype
 * and country come from the gazetteer; an unknown organisation or place takes a country its name
 * carries, else one a demonym right before it gives ("Chilean group Makisa"; for a person, only
 * this), else the article's home country (not for "Western", "Eastern" and the like) (the country its known names point to most); so does a
 * generic government body ("Treasury", "Parliament"). A lower-case generic head ("the assembly") names
 * the body a capitalized word of the article and the head name together ("Welsh" + "assembly"). "The
 * UK government" and "the French government" add a government entity (not for {@code plain} input);
 * the country keeps its mention. An unknown acronym joins the name it shortens ({@link Acronyms}).
 *
 * <p>Requires {@code mentions}. Provides {@code entities} (name mentions only). Option: the
 * {@link Gazetteer}. Thread-safe.
 */
public final class EntityGrouper implements Stage {
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s");
    /** Continents: a region named by one ("Central America", "West Africa") lies in no one country. */
    private static final Set<String> CONTINENTS = Set.of("Africa", "America", "Americas", "Asia", "Europe", "Oceania");
    /** Compass adjectives written as names ("a Western diplomat"): they point to no country. */
    private static final Set<String> COMPASS = Set.of("Western", "Eastern", "Northern", "Southern", "Westerner",
            "Westerners");
    /**
     * How many times the mentions of the runner-up the top country needs for the article to be
     * about one country, whose bodies the text does not place are taken to be its own.
     */
    static final int SOLE_COUNTRY = 3;
    /** How many common nouns may stand between a country and the name it places ("stock market regulator"). */
    private static final int MAX_NOUNS_AFTER_COUNTRY = 3;
    private final EntityResolver resolver;
    /** Names of what belongs to no country, lower case ({@link EntityWords#statelessNames()}). */
    private final Set<String> statelessNames;

    /** A grouper with the bundled word lists (tests). */
    public EntityGrouper(Gazetteer gazetteer) {
        this(gazetteer, EntityWords.bundled());
    }

    public EntityGrouper(Gazetteer gazetteer, EntityWords lists) {
        this.resolver = new EntityResolver(gazetteer);
        this.statelessNames = lists.statelessNames();
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        List<Mention> byLength = new ArrayList<>(article.get(Layer.MENTIONS));
        byLength.sort(Comparator.comparingInt((Mention m) -> -Names.personWords(m.text()).size())
                .thenComparing(Mention::span));
        List<String> capitalized = article.get(Layer.TOKENS).stream().map(Token::word)
                .filter(Names::capitalized).distinct().toList();
        List<Group> groups = new ArrayList<>();
        // The groups by key and by word, for each mention to find its group without a scan of all
        // groups (quadratic in a long text); each list keeps the order the groups were made in.
        Map<String, Group> byKey = new HashMap<>();
        Map<String, List<Group>> byWord = new HashMap<>();
        Map<String, Integer> context = resolver.countriesNamed(byLength, article.text());
        for (Mention m : byLength) {
            place(m, groups, byKey, byWord, capitalized, article.text(), context);
        }
        joinAcronyms(groups, article.text());
        Optional<String> home = homeCountry(groups, 1);
        Optional<String> sole = homeCountry(groups, SOLE_COUNTRY);
        List<Token> tokens = article.get(Layer.TOKENS);
        groups.sort(Comparator.comparing(g -> g.mentions.stream().map(Mention::span).min(Comparator.naturalOrder())
                .orElseThrow()));
        List<Entity> entities = new ArrayList<>();
        for (Group g : groups) {
            entities.add(entity("E" + (entities.size() + 1), g, home, sole, demonymBefore(g, tokens)));
        }
        for (Group g : article.source().format() == InputFormat.PLAIN ? List.<Group>of() : groups) {
            governmentOf(g, tokens, article.text()).ifPresent(e -> entities.add(new Entity("E" + (entities.size() + 1),
                    e.name(), e.type(), e.subtype(), e.country(), e.title(), e.mentions())));
        }
        return article.with(Layer.ENTITIES, entities);
    }

    /**
     * "the UK government", "the French government": the government of a country named or described
     * right before the word, an entity of its own whose mentions span both words. The country's own
     * mention stays as it is. Not for {@code plain} input (tagged corpora type only the country there).
     */
    private static Optional<Entity> governmentOf(Group g, List<Token> tokens, String text) {
        if (g.actor == null || g.actor.country().isEmpty()
                || g.actor.kind() != Actor.Kind.COUNTRY && g.actor.kind() != Actor.Kind.DEMONYM) {
            return Optional.empty();
        }
        List<Mention> ms = new ArrayList<>();
        for (Mention m : g.mentions) {
            int at = firstToken(tokens, m.span().end());
            if (at < 0 || at >= tokens.size()) {
                continue;
            }
            Token next = tokens.get(at);
            boolean adjacent = next.span().start() > m.span().end()
                    && text.substring(m.span().end(), next.span().start()).equals(" ");
            if (adjacent && (next.word().equals("government") || next.word().equals("Government"))) {
                Span span = new Span(m.span().start(), next.span().end());
                ms.add(new Mention(span, span.of(text), EntityType.ORGANIZATION, Mention.Kind.NAME));
            }
        }
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        ms.sort(Comparator.comparing(Mention::span));
        return Optional.of(new Entity("E0", ms.get(0).text(), EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                g.actor.country(), Optional.empty(), ms));
    }

    private void place(Mention m, List<Group> groups, Map<String, Group> byKey, Map<String, List<Group>> byWord,
                       List<String> capitalized, String text, Map<String, Integer> context) {
        Optional<Actor> actor = resolver.actorOf(m, text, context);
        if (actor.isEmpty() && m.type() == EntityType.ORGANIZATION) {
            actor = resolver.genericBody(m.text(), capitalized);
        }
        if (m.type() == EntityType.PERSON) {
            List<String> words = Names.personWords(m.text());
            // A group with all the words has the first one.
            for (Group g : words.isEmpty() ? List.<Group>of() : byWord.getOrDefault(words.get(0), List.of())) {
                if (g.type() == EntityType.PERSON && g.words.containsAll(words)) {
                    g.mentions.add(m);
                    return;
                }
            }
        }
        String key = actor.map(a -> a.kind() + ":" + a.name())
                .orElse(m.type() + ":" + Gazetteer.key(Names.bare(m.text())));
        Group known = byKey.get(key); // no two groups have one key
        if (known != null) {
            known.mentions.add(m);
            return;
        }
        Group g = new Group(key, actor.orElse(null), Names.personWords(m.text()), new ArrayList<>(List.of(m)));
        groups.add(g);
        byKey.put(key, g);
        for (String w : new LinkedHashSet<>(g.words)) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
        }
    }

    /**
     * An acronym or a one-word short name the gazetteer does not know joins the group of the same type
     * whose name it follows in brackets ("Islamic Salvation Front (FIS)", "Copper Commission
     * (Cochilco)"), else an acronym joins the one group whose name it shortens ("QCA" and
     * "Qualifications and Curriculum Authority"); with two candidates, neither.
     */
    private static void joinAcronyms(List<Group> groups, String text) {
        for (Group acronym : List.copyOf(groups)) {
            String letters = acronym.actor == null ? Names.bare(acronym.mentions.get(0).text()) : "";
            // A short name in brackets need not be in capitals: "Chilean Copper Commission (Cochilco)".
            boolean shortName = !letters.isEmpty() && !letters.contains(" ") && Names.capitalized(letters);
            if (!Acronyms.isAcronym(letters) && !shortName || acronym.type() == EntityType.PERSON) {
                continue;
            }
            List<Group> expanded = bracketedAfter(acronym, groups, text).map(List::of).orElseGet(() -> groups.stream()
                    .filter(g -> g != acronym && g.type() == acronym.type() && Acronyms.isAcronym(letters)
                            && g.mentions.stream().anyMatch(m -> Acronyms.shortens(letters, Names.bare(m.text()))))
                    .toList());
            if (expanded.size() == 1) {
                expanded.get(0).mentions.addAll(acronym.mentions);
                groups.remove(acronym);
            }
        }
    }

    /**
     * The group of the name an acronym follows in brackets, "Islamic Salvation Front (FIS)": the text
     * says they are one, though the letters come from another language's words.
     */
    private static Optional<Group> bracketedAfter(Group acronym, List<Group> groups, String text) {
        for (Mention a : acronym.mentions) {
            for (Group g : groups) {
                if (g != acronym && g.type() == acronym.type() && g.mentions.stream()
                        .anyMatch(m -> m.span().end() <= a.span().start() && inBrackets(text, m.span().end(), a.span()))) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return whether {@code inner} stands in brackets right after {@code nameEnd}: "Front (FIS)"} */
    private static boolean inBrackets(String text, int nameEnd, Span inner) {
        int close = inner.end();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        return text.substring(nameEnd, inner.start()).strip().equals("(") && close < text.length()
                && text.charAt(close) == ')';
    }

    /**
     * The article's home country: the one its known names point to most, if it has at least
     * {@code lead} times the mentions of the runner-up (1: any lead; {@link #SOLE_COUNTRY}: an
     * article about one country, where a body it does not place is that country's).
     */
    private static Optional<String> homeCountry(List<Group> groups, int lead) {
        Map<String, Integer> counts = new HashMap<>();
        for (Group g : groups) {
            // The outlet that reports ("BBC News website") says nothing of where the story is.
            boolean outlet = g.actor != null && g.actor.subtype().equals(Optional.of("MEDIA"));
            if (g.actor != null && g.actor.kind() != Actor.Kind.PERSON && g.actor.country().isPresent() && !outlet) {
                counts.merge(g.actor.country().get(), g.mentions.size(), Integer::sum);
            }
        }
        List<Integer> sizes = counts.values().stream().sorted(Comparator.reverseOrder()).toList();
        if (sizes.isEmpty() || sizes.size() > 1 && sizes.get(0) < lead * sizes.get(1) || lead > 1 && sizes.get(0) < 2) {
            return Optional.empty();
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private Entity entity(String id, Group g, Optional<String> home, Optional<String> sole, Optional<String> said) {
        List<Mention> ms = new ArrayList<>(g.mentions);
        ms.sort(Comparator.comparing(Mention::span));
        EntityType type = g.type();
        if (g.actor != null && g.actor.kind() != Actor.Kind.DEMONYM) {
            Optional<String> country = g.actor.country().isPresent() || g.actor.kind() != Actor.Kind.ORGANIZATION
                    || !g.actor.subtype().equals(Optional.of("GOVERNMENT")) ? g.actor.country() : home;
            return new Entity(id, g.actor.name(), type, g.actor.subtype(), country, Optional.empty(), ms, resolver.refOf(g.actor));
        }
        String name = fullest(ms);
        if (g.actor != null) {
            return new Entity(id, name, type, g.actor.subtype(), g.actor.country(), Optional.empty(), ms, resolver.refOf(g.actor));
        }
        Optional<String> subtype = EntityResolver.guessSubtype(name, type);
        boolean publicLife = subtype.equals(Optional.of("GOVERNMENT")) || subtype.equals(Optional.of("PARTY"));
        Optional<String> country = type == EntityType.LOCATION || publicLife ? home : sole;
        return new Entity(id, name, type, subtype, unknownCountry(name, type, said, country), Optional.empty(), ms);
    }

    /**
     * The country of a name the gazetteers do not know: one its name carries ("Leeds City Council",
     * "Korea Development Bank", a web address's country code: "shop.co.uk") or the text gives
     * ({@code said}: "the German bank", "the UK food group", "Paris-based"); else {@code home}: for a
     * place (a street, a district), a government body named by its head word ("the Home Office", "the
     * Cabinet") or a party (bodies of one country's public life) the country the article's names point
     * to most, for another body or an {@code OTHER} name only the country of an article about one
     * country ({@link #SOLE_COUNTRY}), so that a bank in an article about two countries is not given
     * the one named most. Never for a person, a compass word ("a Western diplomat"), a region of a
     * continent the gazetteers do not know ("Central America") or its adjective ("Latin American"), or
     * what belongs to no country ("Christmas", "Internet": {@code stateless-names.txt}).
     */
    private Optional<String> unknownCountry(String name, EntityType type, Optional<String> said,
                                            Optional<String> home) {
        if (type == EntityType.PERSON) {
            return said;
        }
        // "Central America", "Latin American": the continent's name or adjective is no country's
        // ("America" and "American" alone are the US's).
        String last = name.substring(name.lastIndexOf(' ') + 1);
        boolean ofContinent = type == EntityType.LOCATION && CONTINENTS.contains(last) || name.contains(" ")
                && type == EntityType.OTHER && last.endsWith("n") && CONTINENTS.contains(last.substring(0, last.length() - 1));
        if (ofContinent) {
            return Optional.empty();
        }
        Optional<String> stated = resolver.countryInName(name).or(() -> said);
        boolean stateless = COMPASS.contains(name) || statelessNames.contains(name.toLowerCase(java.util.Locale.ROOT));
        return stated.isPresent() || stateless ? stated : home;
    }

    /**
     * A country the text gives right before a name ("Chilean group Makisa", "Spanish rapper Tote King"),
     * else right after it ("Makisa are one of Chile's hottest acts").
     */
    private Optional<String> demonymBefore(Group g, List<Token> tokens) {
        for (Mention m : g.mentions) {
            int at = firstToken(tokens, m.span().start());
            if (at < 1 || tokens.get(at).span().start() != m.span().start()) {
                continue;
            }
            Optional<String> c = resolver.demonymCountry(tokens.get(at - 1).word()).or(() -> basedIn(tokens, at))
                    .or(() -> countryBeforeNouns(tokens, at));
            if (c.isPresent()) {
                return c;
            }
        }
        for (Mention m : g.mentions) {
            Optional<String> c = countryAfter(m, tokens).or(() -> appositive(m, tokens));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * A demonym before up to three common nouns before a name, or a country's name opening such a
     * phrase or owning it: "Chilean group Makisa", "French stock market regulator AMF", "the UK food
     * group Vestey", "Germany's SAP" (not "Germany read Acme": a country's name is read only after an
     * article, at a sentence's start or with a possessive).
     */
    private Optional<String> countryBeforeNouns(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= MAX_NOUNS_AFTER_COUNTRY && commonNoun(tokens.get(k))) {
            k--;
        }
        if (k >= 1 && POSSESSIVES.contains(tokens.get(k).word()) && tokens.get(k - 1).sentence() == tokens.get(k).sentence()) {
            String owner = tokens.get(k - 1).word();
            return Names.capitalized(owner) ? resolver.countryNamed(owner) : Optional.empty();
        }
        if (k == at - 1 || k < 0) {
            return Optional.empty();
        }
        String w = tokens.get(k).word();
        boolean opens = k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence()
                || ARTICLES.contains(tokens.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
        return resolver.demonymCountry(w).or(() -> opens && Names.capitalized(w) ? resolver.countryNamed(w) : Optional.empty());
    }

    private static boolean commonNoun(Token t) {
        String w = t.word();
        return t.pos().startsWith("NN") && !Names.capitalized(w) && w.chars().allMatch(Character::isLetter)
                && !ARTICLES.contains(w) && !w.equals("and") && !w.equals("or");
    }

    /** "Paris-based X", written as one token or as three ("Paris", "-", "based"). */
    private Optional<String> basedIn(List<Token> tokens, int at) {
        String before = tokens.get(at - 1).word();
        if (before.endsWith("-based")) {
            return resolver.basedIn(before.substring(0, before.length() - "-based".length()));
        }
        boolean split = before.equals("based") && at >= 3 && tokens.get(at - 2).word().equals("-")
                && tokens.get(at - 3).span().end() == tokens.get(at - 2).span().start()
                && tokens.get(at - 2).span().end() == tokens.get(at - 1).span().start();
        return split ? resolver.basedIn(tokens.get(at - 3).word()) : Optional.empty();
    }

    /** A country an appositive gives right after a name: "Deutsche Bank, the German bank", "X, a US firm". */
    private Optional<String> appositive(Mention m, List<Token> tokens) {
        int at = firstToken(tokens, m.span().end());
        if (at < 0 || at + 3 >= tokens.size() || !tokens.get(at).word().equals(",")
                || !ARTICLES.contains(tokens.get(at + 1).word())) {
            return Optional.empty();
        }
        String w = tokens.get(at + 2).word();
        return resolver.demonymCountry(w).or(() -> Names.capitalized(w) ? resolver.countryNamed(w) : Optional.empty())
                .filter(c -> !Names.capitalized(tokens.get(at + 3).word()));
    }

    /** A country the text gives after a name: "Makisa are one of Chile's hottest acts", "X is Spain's ...". */
    private Optional<String> countryAfter(Mention m, List<Token> tokens) {
        int at = firstToken(tokens, m.span().end());
        if (at < 0 || at + 2 >= tokens.size() || !COPULAS.contains(tokens.get(at).word())) {
            return Optional.empty();
        }
        int c = at + 1;
        if (c + 3 < tokens.size() && tokens.get(c).word().equals("one") && tokens.get(c + 1).word().equals("of")) {
            c += 2;
        }
        int end = c;
        while (end < tokens.size() && end - c < 3 && Names.capitalized(tokens.get(end).word())) {
            end++;
        }
        if (end == c || end >= tokens.size() || !tokens.get(end).word().matches("['\u2019]s")) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (int i = c; i < end; i++) {
            name.append(i > c ? " " : "").append(tokens.get(i).word());
        }
        return resolver.countryNamed(name.toString());
    }

    private static int firstToken(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return tokens.isEmpty() ? -1 : lo;
    }

    /** The name with the most parts (hyphenated parts count), then the most used, then the longest. */
    private static String fullest(List<Mention> ms) {
        Map<String, Integer> uses = new HashMap<>();
        ms.stream().filter(m -> m.kind() == Mention.Kind.NAME).forEach(m -> uses.merge(Names.bare(m.text()), 1, Integer::sum));
        return uses.keySet().stream()
                .max(Comparator.comparingInt((String s) -> s.split("[\\s-]+").length)
                        .thenComparingInt(uses::get).thenComparingInt(String::length))
                .orElseThrow();
    }

    private record Group(String key, Actor actor, List<String> words, List<Mention> mentions) {
        EntityType type() {
            if (actor != null) {
                return actor.type();
            }
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            mentions.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }
}
