package dev.herald.entities.coreference;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerMatch;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.entities.mentions.Names;
import dev.herald.model.EntityType;
import dev.herald.model.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties names to what the gazetteer knows: the actor a name stands for, the country a name carries
 * ("Korea Development Bank", "Welsh Assembly Government"), a subtype guessed from a name's head
 * word, and the article's home country. Thread-safe.
 */
public final class EntityResolver {
    private static final Map<String, String> HEADS = heads();
    /** A web address: labels of letters, digits and hyphens, a country code last ("www.shop.co.uk"). */
    private static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9-]+\\.)+([a-z]{2})");
    /** Country codes sold as generic names, which say nothing of where a site is. */
    private static final Set<String> GENERIC_CODES = Set.of("tv", "io", "co", "me", "fm", "ai", "ly", "ws", "cc",
            "to", "am", "gg", "la", "nu", "tk", "vc");
    /** A capitalised word and one space right before a name: a title such as "King" or "Pope". */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}+) $");
    /** How big a town must be to give its country to a body named after it ("Leeds City Council"). */
    private static final long TOWN_IN_NAME = 100_000;
    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * {@return the actor {@code m} names, if the gazetteer knows it under a fitting type; a person's
     * name is also looked up with the title written right before it in {@code text} ("King
     * [Charles]", "Pope [Francis]": the title is no part of the mention, but it tells who is meant)}
     */
    public Optional<Actor> actorOf(Mention m, String text, Map<String, Integer> context) {
        Optional<Actor> known = actorOf(m, text);
        List<String> personWords = Names.personWords(m.text());
        if (known.isEmpty() && m.type() == EntityType.PERSON && personWords.size() == 1) {
            return gazetteer.officeHolder(personWords.get(0), context);
        }
        if (m.type() != EntityType.LOCATION || known.filter(a -> a.kind() != Actor.Kind.PLACE).isPresent()) {
            return known;
        }
        Optional<Actor> geo = gazetteer.place(Names.bare(m.text()), context);
        if (known.isEmpty()) {
            return geo;
        }
        // The team's "Birmingham" is the English one; an article about another country that has one too
        // means that one.
        String ours = known.get().country().orElse("");
        return geo.filter(g -> !g.country().orElse("").equals(ours) && !context.containsKey(ours)
                && context.containsKey(g.country().orElse(""))).or(() -> known);
    }

    /**
     * {@return the countries the article's known names point to, each with how often: the context
     * that tells which "Birmingham" is meant. Regions count ("Alabama"); towns do not, since a town's
     * own country is what the context is there to decide}
     */
    public Map<String, Integer> countriesNamed(List<Mention> mentions, String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            Optional<Actor> known = actorOf(m, text);
            if (known.isEmpty() && m.type() == EntityType.LOCATION) {
                known = gazetteer.region(Names.bare(m.text()));
            }
            known.filter(a -> a.kind() != Actor.Kind.PERSON && !a.subtype().equals(Optional.of("CITY")))
                    .flatMap(Actor::country)
                    .ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts;
    }

    private Optional<Actor> actorOf(Mention m, String text) {
        String bare = Names.bare(m.text());
        Optional<GazetteerName> named = gazetteer.lookup(bare);
        if (named.isEmpty() && m.type() == EntityType.PERSON) {
            named = gazetteer.lookup(String.join(" ", Names.personWords(m.text())));
        }
        if (named.isEmpty() && m.type() == EntityType.PERSON) {
            Matcher title = TITLE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 40), m.span().start()));
            if (title.find()) {
                named = gazetteer.lookup(title.group(1) + " " + bare).filter(n -> !n.weak());
            }
        }
        if (named.isEmpty() && m.type() == EntityType.LOCATION && !bare.contains(" ")) {
            named = gazetteer.nearPlace(bare);
        }
        return named.map(GazetteerName::actor).filter(a -> fits(a, m.type()));
    }

    /**
     * {@return the body a lower-case generic head names in an article ("the assembly"): the one that a
     * capitalized word of the article and the head name together ("Welsh" + "assembly")}
     */
    public Optional<Actor> genericBody(String head, List<String> capitalizedWords) {
        if (!head.equals(head.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String w : capitalizedWords) {
            Optional<Actor> body = gazetteer.lookup(w + " " + head).map(GazetteerName::actor)
                    .filter(a -> a.kind() == Actor.Kind.ORGANIZATION);
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Actor a, EntityType type) {
        return a.type() == type;
    }

    /** {@return the reference id of {@code actor}, where the reference data knows it} */
    public Optional<String> refOf(Actor actor) {
        return gazetteer.refOf(actor);
    }

    /** {@return a country named inside {@code name}, by a country, place or demonym it contains} */
    public Optional<String> countryInName(String name) {
        Optional<String> domain = countryOfDomain(name);
        if (domain.isPresent()) {
            return domain;
        }
        List<String> words = Gazetteer.words(name);
        for (GazetteerMatch m : gazetteer.find(words, false)) {
            if (m.name().actor().kind() != Actor.Kind.PERSON && m.name().actor().country().isPresent()) {
                return m.name().actor().country();
            }
        }
        // "Leeds City Council": a sizeable town the name begins with.
        for (int n = Math.min(2, words.size() - 1); n >= 1; n--) {
            Optional<Actor> town = gazetteer.town(String.join(" ", words.subList(0, n)), TOWN_IN_NAME);
            if (town.isPresent()) {
                return town.get().country();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the country of a web address's country-code domain ("shop.co.uk", "zeitung.de"), not
     * of the codes sold as generic names (".tv", ".io", ".co", ...)}
     */
    static Optional<String> countryOfDomain(String name) {
        Matcher m = DOMAIN.matcher(name.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || GENERIC_CODES.contains(m.group(1))) {
            return Optional.empty();
        }
        String code = m.group(1).equals("uk") ? "GB" : m.group(1).toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            return Optional.empty();
        }
        return Optional.of(new Locale("", code).getISO3Country());
    }

    /** {@return the country of {@code place} in "Paris-based", "London-based"} */
    public Optional<String> basedIn(String place) {
        if (!Names.capitalized(place)) {
            return Optional.empty();
        }
        Optional<Actor> known = gazetteer.lookup(place).map(GazetteerName::actor)
                .filter(a -> a.kind() == Actor.Kind.PLACE || a.kind() == Actor.Kind.COUNTRY);
        return known.or(() -> gazetteer.town(place, 0)).flatMap(Actor::country);
    }

    /** {@return the code of the country {@code name} names ("Mexico", "the UK")} */
    public Optional<String> countryNamed(String name) {
        return gazetteer.lookup(name).filter(n -> n.actor().kind() == Actor.Kind.COUNTRY)
                .flatMap(n -> n.actor().country());
    }

    /** {@return the country of {@code word} when it is a demonym ("Chilean")} */
    public Optional<String> demonymCountry(String word) {
        if (!Names.capitalized(word)) {
            return Optional.empty();
        }
        return gazetteer.lookup(word).filter(n -> n.actor().kind() == Actor.Kind.DEMONYM).flatMap(n -> n.actor().country());
    }

    /** {@return a subtype for an unknown organisation from its head words ("Party", "Ministry")} */
    public static Optional<String> guessSubtype(String name, EntityType type) {
        if (type != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String sub = HEADS.get(w);
            if (sub != null) {
                return Optional.of(sub);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> heads() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("party", "democrats", "republicans")) {
            m.put(w, "PARTY");
        }
        for (String w : List.of("ministry", "department", "council", "committee", "office", "agency", "authority",
                "assembly", "court", "commission", "parliament", "government", "police", "army", "inquiry", "service",
                "cabinet")) {
            m.put(w, "GOVERNMENT");
        }
        for (String w : List.of("union", "unions")) {
            m.put(w, "UNION");
        }
        for (String w : List.of("association", "federation", "confederation", "chambers", "chamber", "forum",
                "institute", "society")) {
            m.put(w, "ASSOCIATION");
        }
        for (String w : List.of("radio", "tv", "television", "news", "newspaper", "magazine", "times", "post",
                "herald", "gazette", "journal", "tribune", "website")) {
            m.put(w, "MEDIA");
        }
        for (String w : List.of("ltd", "plc", "inc", "corp", "corporation", "company", "group", "bank", "airlines",
                "motors", "securities", "holdings", "co", "llc", "gmbh", "sa", "ag")) {
            m.put(w, "COMPANY");
        }
        return Map.copyOf(m);
    }
}
