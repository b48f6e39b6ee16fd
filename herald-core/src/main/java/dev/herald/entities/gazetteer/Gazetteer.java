package dev.herald.entities.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The actors Herald knows by name: countries (with demonyms and capitals), cities and regions,
 * government metonyms, international bodies, outlets, parties and the people and organisations of
 * the actors files. Names are looked up word by word in a {@link TokenTrie}. Built once by
 * {@link #load(EntitiesConfig)}, read-only afterwards and thread-safe.
 *
 * <p>Data files (UTF-8, tab-separated, {@code #} comments) sit beside this class:
 * {@code countries.tsv}, {@code places.tsv}, {@code organisations.tsv}, {@code actors.tsv}. A name
 * written with a leading {@code ~} is weak: a common word that only types a name NER found.
 */
public final class Gazetteer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Gazetteer.class);
    private static final String RESOURCES = "/dev/herald/entities/";
    /** The gazetteers loaded or loading in this JVM, by configuration: each loads once. */
    private static final java.util.concurrent.ConcurrentMap<EntitiesConfig, CompletableFuture<Gazetteer>> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** How many times bigger a place must be than a namesake in the article's countries to win. */
    static final int CONTEXT_BEATS = 100;
    /** How big a place abroad must be to be meant when the article's countries have none of that name. */
    static final long KNOWN_ABROAD = 100_000;
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "for", "de", "la",
            "du", "des", "del", "on", "in", "al", "el", "y", "da", "do", "to", "against", "at", "bin", "van", "von", "der");
    private static final Comparator<GazetteerName> PRIORITY = Comparator.comparingInt(n -> rank(n.actor().kind()));

    private final TokenTrie<GazetteerName> trie = new TokenTrie<>();
    private final Map<String, List<GazetteerName>> byName = new HashMap<>();
    private final List<GazetteerName> places = new ArrayList<>();
    private final List<Actor> people = new ArrayList<>();
    private final java.util.Set<Actor> withThe = new java.util.HashSet<>();
    /** GeoNames places by folded name: they type and place names NER found, never find names themselves. */
    private final Map<String, List<ReferenceFiles.Place>> geoPlaces = new HashMap<>();
    /** PETRARCH office-holders by a surname only they bear. */
    private final Map<String, Actor> surnames = new HashMap<>();
    /** Team entries that a reference entry names too, with that entry's id. */
    private final Map<Actor, String> sharedRefs = new HashMap<>();

    /** Time spent reading and indexing the reference dictionaries, set once by {@link #load}. */
    private long referenceNanos;

    private Gazetteer() {
    }

    /** {@return how long the reference dictionaries took to read and index when this was loaded} */
    long referenceLoadMillis() {
        return referenceNanos / 1_000_000;
    }

    /** {@return the built-in gazetteer plus the actors files of {@code config}} */
    public static Gazetteer load(EntitiesConfig config) {
        Gazetteer g = new Gazetteer();
        long start = System.nanoTime();
        List<ReferenceFiles.RefActor> reference = new ArrayList<>();
        ReferenceFiles.actors(reference::add);
        long referenceRead = System.nanoTime() - start;
        Map<String, String> countryRefs = new HashMap<>();
        reference.stream().filter(r -> r.actor().kind() == Actor.Kind.COUNTRY)
                .forEach(r -> countryRefs.put(r.actor().country().orElseThrow(), r.actor().ref().orElseThrow()));
        Map<String, Actor> countries = new HashMap<>();
        GazetteerFiles.readPlaces(resource("places.tsv"), g::add);
        GazetteerFiles.readCountries(resource("countries.tsv"), countryRefs, n -> {
            if (n.actor().kind() == Actor.Kind.COUNTRY) {
                countries.putIfAbsent(n.actor().country().orElseThrow(), n.actor());
            }
            g.add(n);
        });
        GazetteerFiles.readOrganisations(resource("organisations.tsv"), g::add);
        GazetteerFiles.readActors(resource("actors.tsv"), g::add);
        for (Path file : config.actorFiles()) {
            try {
                GazetteerFiles.readActors(Files.readAllLines(file, StandardCharsets.UTF_8), g::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actors file " + file + "; check entities.actorFiles", e);
            }
        }
        // The reference dictionaries come last: what the team wrote (and HERALD_ACTORS) wins a shared name.
        long referenceStart = System.nanoTime();
        for (ReferenceFiles.RefActor r : reference) {
            g.addReference(r, countries);
        }
        g.officeHolderSurnames(reference);
        for (ReferenceFiles.Place p : ReferenceFiles.places()) {
            g.geoPlaces.computeIfAbsent(key(p.name()), k -> new ArrayList<>(1)).add(p);
        }
        g.referenceNanos = referenceRead + System.nanoTime() - referenceStart;
        LOG.info("gazetteer loaded in {} ms, of which {} ms for the reference dictionaries ({} names, {} place names)",
                (System.nanoTime() - start) / 1_000_000, g.referenceNanos / 1_000_000, g.byName.size(), g.geoPlaces.size());
        return g;
    }

    /** {@return the built-in gazetteer alone, loaded once per JVM} */
    public static Gazetteer builtIn() {
        return joined(sharedInBackground(EntitiesConfig.defaults()));
    }

    /**
     * {@return the gazetteer of {@code config}, loaded once per JVM and configuration on a thread of
     * its own from the first call} Start it before the language models load and join it when the
     * entity stages are built: the load then costs start-up nothing on a machine with a core to spare.
     * The composition root reads the configuration ({@link EntitiesConfig#fromEnvironment}).
     */
    public static CompletableFuture<Gazetteer> sharedInBackground(EntitiesConfig config) {
        return LOADED.computeIfAbsent(config, Gazetteer::inBackground);
    }

    /** {@return a future of {@link #load}{@code (config)}, run on a daemon thread of its own} */
    public static CompletableFuture<Gazetteer> inBackground(EntitiesConfig config) {
        CompletableFuture<Gazetteer> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                future.complete(load(config));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "gazetteer-load");
        loader.setDaemon(true);
        loader.start();
        return future;
    }

    /** {@return the gazetteer {@code future} gives, its load's own exception rethrown as it was} */
    public static Gazetteer joined(CompletableFuture<Gazetteer> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * A reference actor's names that no earlier file holds; a country's names go to the team's
     * entry for that country. A one-word name is weak: PETRARCH's single words ("Hamas", "Fatah",
     * but also common words) only type a name NER found.
     */
    private void addReference(ReferenceFiles.RefActor r, Map<String, Actor> countries) {
        Actor actor = r.actor();
        if (actor.kind() == Actor.Kind.COUNTRY) {
            actor = countries.get(actor.country().orElseThrow());
            if (actor == null) {
                return;
            }
        }
        for (String form : r.names()) {
            List<GazetteerName> known = byName.get(key(form));
            if (known == null) {
                add(new GazetteerName(form, actor, words(form).size() == 1, true));
            } else if (form.equals(r.names().get(0)) && actor.ref().isPresent()) {
                for (GazetteerName n : known) {
                    boolean same = n.actor().type() == actor.type() && n.actor().ref().isEmpty()
                            && (n.actor().country().isEmpty() || actor.country().isEmpty()
                                || n.actor().country().equals(actor.country()));
                    if (same) {
                        sharedRefs.putIfAbsent(n.actor(), actor.ref().get());
                    }
                }
            }
        }
    }

    /**
     * The surnames of PETRARCH's office-holders that name one of them only and no name of the team
     * ("Blair" is Tony Blair's; "Brown" names too many to be anyone's).
     */
    private void officeHolderSurnames(List<ReferenceFiles.RefActor> reference) {
        Map<String, List<Actor>> bySurname = new HashMap<>();
        for (ReferenceFiles.RefActor r : reference) {
            List<String> words = words(r.actor().name());
            if (r.actor().kind() == Actor.Kind.PERSON && words.size() > 1) {
                bySurname.computeIfAbsent(key(words.get(words.size() - 1)), k -> new ArrayList<>())
                        .add(r.government() ? r.actor() : null);
            }
        }
        bySurname.forEach((surname, holders) -> {
            if (holders.size() == 1 && holders.get(0) != null && !byName.containsKey(surname)) {
                surnames.put(surname, holders.get(0));
            }
        });
    }

    /**
     * {@return the office-holder {@code surname} names alone, when the article is about that person's
     * country ({@code context}): "Mr Blair" in a British article is Tony Blair}
     */
    public Optional<Actor> officeHolder(String surname, Map<String, Integer> context) {
        return Optional.ofNullable(surnames.get(key(surname)))
                .filter(a -> a.country().map(context::containsKey).orElse(false));
    }

    /** {@return the most populous GeoNames place named {@code name} with at least {@code population} people} */
    public Optional<Actor> town(String name, long population) {
        return geoPlaces.getOrDefault(key(name), List.of()).stream().filter(p -> p.population() >= population)
                .max(Comparator.comparingLong(ReferenceFiles.Place::population)).map(ReferenceFiles.Place::actor);
    }

    /**
     * {@return the GeoNames place named {@code name}, read against the countries the article is
     * about ({@code context}, countries by weight): a national capital of that name ("Paris"); else
     * the namesake in the article's countries ("Birmingham" in an English article is the English
     * city, in one about Alabama the American one) unless a place elsewhere is {@value #CONTEXT_BEATS}
     * times bigger; else the biggest, if it is a city of {@value #KNOWN_ABROAD} people or more or
     * the article names no country. Nothing when the name is a village abroad in an article about
     * somewhere else ("Ashfield", a British constituency, is no Australian suburb)}
     */
    public Optional<Actor> place(String name, Map<String, Integer> context) {
        List<ReferenceFiles.Place> all = geoPlaces.get(key(name));
        if (all == null) {
            return Optional.empty();
        }
        Optional<ReferenceFiles.Place> capital = all.stream().filter(p -> p.subtype().equals("CAPITAL")).findFirst();
        if (capital.isPresent()) {
            return capital.map(ReferenceFiles.Place::actor);
        }
        ReferenceFiles.Place biggest = all.stream().max(Comparator.comparingLong(ReferenceFiles.Place::rank)).orElseThrow();
        int top = context.values().stream().max(Integer::compare).orElse(0);
        // Only the countries the article is mostly about: one mention of "the US" in a British
        // article does not make its "Ashfield" American.
        Optional<ReferenceFiles.Place> near = all.stream().filter(p -> 2 * context.getOrDefault(p.country(), 0) >= top
                        && context.containsKey(p.country()))
                .max(Comparator.comparingInt((ReferenceFiles.Place p) -> context.get(p.country()))
                        .thenComparingLong(ReferenceFiles.Place::rank));
        if (near.isPresent()) {
            return Optional.of(biggest.rank() < CONTEXT_BEATS * Math.max(1, near.get().rank()) ? near.get() : biggest)
                    .map(ReferenceFiles.Place::actor);
        }
        return Optional.of(biggest).filter(p -> context.isEmpty() || p.rank() >= KNOWN_ABROAD)
                .map(ReferenceFiles.Place::actor);
    }

    /** {@return the first-order region named {@code name} ("Alabama", "Bavaria"), if one is} */
    public Optional<Actor> region(String name) {
        return geoPlaces.getOrDefault(key(name), List.of()).stream().filter(p -> p.subtype().equals("REGION"))
                .findFirst().map(ReferenceFiles.Place::actor);
    }

    /**
     * {@return the reference id of {@code actor}: its own, or that of the reference entry that shares
     * a name, type and country with a team entry (the team's "Goldman Sachs" is PETRARCH's)}
     */
    public Optional<String> refOf(Actor actor) {
        return actor.ref().or(() -> Optional.ofNullable(sharedRefs.get(actor))).or(() -> geoRef(actor));
    }

    /** A team place's GeoNames id: the biggest place of its name in its country. */
    private Optional<String> geoRef(Actor actor) {
        if (actor.kind() != Actor.Kind.PLACE || actor.country().isEmpty()) {
            return Optional.empty();
        }
        return geoPlaces.getOrDefault(key(actor.name()), List.of()).stream()
                .filter(p -> p.country().equals(actor.country().get()))
                .max(Comparator.comparingLong(ReferenceFiles.Place::rank)).map(p -> "geonames:" + p.id());
    }

    private void add(GazetteerName name) {
        List<String> words = words(name.form());
        if (words.isEmpty()) {
            return;
        }
        trie.add(words, name);
        if (name.form().startsWith("The ")) {
            withThe.add(name.actor());
        }
        byName.computeIfAbsent(key(name.form()), k -> new ArrayList<>()).add(name);
        if (name.actor().kind() == Actor.Kind.PERSON && name.form().equals(name.actor().name())) {
            people.add(name.actor());
        }
        boolean place = name.actor().kind() == Actor.Kind.PLACE || name.actor().kind() == Actor.Kind.COUNTRY;
        if (place && words.size() == 1 && name.form().length() >= 4) {
            places.add(name);
        }
    }

    /**
     * {@return the names found in {@code words}, longest match first from left to right}
     *
     * @param allCaps whether the words come from an all-capitals line, where case says nothing
     */
    public List<GazetteerMatch> find(List<String> words, boolean allCaps) {
        List<GazetteerMatch> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            GazetteerMatch m = longestAt(words, i, allCaps);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i += m.length();
            }
        }
        return found;
    }

    private GazetteerMatch longestAt(List<String> words, int from, boolean allCaps) {
        for (TokenTrie.Hit<GazetteerName> hit : trie.prefixesAt(words, from)) {
            List<String> surface = words.subList(from, from + hit.length());
            List<GazetteerName> fits = hit.values().stream()
                    .filter(n -> caseFits(n, surface, allCaps)).sorted(PRIORITY).toList();
            if (!fits.isEmpty()) {
                return new GazetteerMatch(from, hit.length(), fits.get(0));
            }
        }
        return null;
    }

    private static boolean caseFits(GazetteerName name, List<String> surface, boolean allCaps) {
        String written = String.join(" ", surface).replace('\u2019', '\'');
        if (written.equals(name.form())) {
            return true;
        }
        if (name.folded()) {
            return written.equalsIgnoreCase(name.form()) && surface.stream().allMatch(Gazetteer::capitalizedOrSmall)
                    && (!allCaps || name.form().replaceAll("[^\\p{L}]", "").length() >= 4);
        }
        if (surface.size() > 1 && (surface.get(0).equals("the") || surface.get(0).equals("The"))) {
            String rest = String.join(" ", surface.subList(1, surface.size())).replace('\u2019', '\'');
            return name.form().equalsIgnoreCase("the " + rest) && name.form().endsWith(rest);
        }
        return allCaps && !name.weak() && name.form().replaceAll("[^\\p{L}]", "").length() >= 4;
    }

    /** A word of a name as news writes it: capitalized, or a small word inside ("Bank of England"). */
    private static boolean capitalizedOrSmall(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))
                || SMALL_WORDS.contains(w));
    }

    /** {@return the best-ranked actor named exactly {@code name} (case and punctuation ignored)} */
    public Optional<GazetteerName> lookup(String name) {
        boolean asNameIsWritten = words(name).stream().allMatch(Gazetteer::capitalizedOrSmall);
        return byName.getOrDefault(key(name), List.of()).stream().filter(n -> !n.folded() || asNameIsWritten)
                .min(PRIORITY);
    }

    /**
     * {@return a known one-word place within one edit (Damerau) of {@code word}: a misspelling or
     * transliteration such as "Kiyv"}
     */
    public Optional<GazetteerName> nearPlace(String word) {
        if (word.length() < 4 || lookup(word).isPresent()) {
            return Optional.empty();
        }
        return places.stream()
                .filter(p -> p.form().charAt(0) == word.charAt(0))
                .filter(p -> Math.abs(p.form().length() - word.length()) <= 1)
                .filter(p -> EditDistance.damerau(p.form(), word) == 1)
                .findFirst();
    }

    /** {@return whether one of {@code actor}'s names begins with "The" ("The Hague", "The Times")} */
    public boolean takesThe(Actor actor) {
        return withThe.contains(actor);
    }

    /** {@return the people of the actors files} */
    public List<Actor> people() {
        return List.copyOf(people);
    }

    /**
     * {@return {@code name} as the gazetteer looks it up: case-folded, every run of characters other
     * than letters, digits and apostrophes made one space, no leading "the"} Written as a loop, not
     * regular expressions: it runs for each of the reference dictionaries' quarter of a million
     * names at start-up.
     */
    public static String key(String name) {
        String folded = TokenTrie.fold(name);
        StringBuilder k = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (keeps(c)) {
                if (gap && !k.isEmpty()) {
                    k.append(' ');
                }
                gap = false;
                k.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        String s = k.toString();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static boolean keeps(int c) {
        if (c == '\'' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@return the words of {@code form}, split at white space (space, tab, line breaks, form feed)} */
    public static List<String> words(String written) {
        String form = written.strip();
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= form.length(); i++) {
            boolean space = i == form.length() || " \t\n\u000B\f\r".indexOf(form.charAt(i)) >= 0;
            if (space && start >= 0) {
                out.add(form.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static int rank(Actor.Kind kind) {
        return switch (kind) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case PLACE -> 3;
            case DEMONYM -> 4;
        };
    }

    /** {@return the lines of the data file {@code name} beside this class} */
    static List<String> resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer file " + RESOURCES + name + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + name, e);
        }
    }

}
