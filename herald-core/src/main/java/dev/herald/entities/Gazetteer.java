package dev.herald.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private static final String RESOURCES = "/dev/herald/entities/";
    private static final Comparator<GazetteerName> PRIORITY = Comparator.comparingInt(n -> rank(n.actor().kind()));

    private final TokenTrie<GazetteerName> trie = new TokenTrie<>();
    private final Map<String, List<GazetteerName>> byName = new HashMap<>();
    private final List<GazetteerName> places = new ArrayList<>();
    private final List<Actor> people = new ArrayList<>();
    private final java.util.Set<Actor> withThe = new java.util.HashSet<>();

    private Gazetteer() {
    }

    /** {@return the built-in gazetteer plus the actors files of {@code config}} */
    public static Gazetteer load(EntitiesConfig config) {
        Gazetteer g = new Gazetteer();
        GazetteerFiles.readPlaces(resource("places.tsv"), g::add);
        GazetteerFiles.readCountries(resource("countries.tsv"), g::add);
        GazetteerFiles.readOrganisations(resource("organisations.tsv"), g::add);
        GazetteerFiles.readActors(resource("actors.tsv"), g::add);
        for (Path file : config.actorFiles()) {
            try {
                GazetteerFiles.readActors(Files.readAllLines(file, StandardCharsets.UTF_8), g::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actors file " + file + "; check entities.actorFiles", e);
            }
        }
        return g;
    }

    /** {@return the built-in gazetteer alone, loaded once per JVM} */
    public static Gazetteer builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * {@return the gazetteer of this process: the built-in one plus the actors files named by the
     * environment ({@link EntitiesConfig#fromEnvironment}), loaded once per JVM}
     */
    public static Gazetteer shared() {
        return Holder.SHARED;
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
        if (surface.size() > 1 && (surface.get(0).equals("the") || surface.get(0).equals("The"))) {
            String rest = String.join(" ", surface.subList(1, surface.size())).replace('\u2019', '\'');
            return name.form().equalsIgnoreCase("the " + rest) && name.form().endsWith(rest);
        }
        return allCaps && !name.weak() && name.form().replaceAll("[^\\p{L}]", "").length() >= 4;
    }

    /** {@return the best-ranked actor named exactly {@code name} (case and punctuation ignored)} */
    public Optional<GazetteerName> lookup(String name) {
        return byName.getOrDefault(key(name), List.of()).stream().min(PRIORITY);
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

    static String key(String name) {
        String k = TokenTrie.fold(name).replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    static List<String> words(String form) {
        String s = form.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
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

    private static final class Holder {
        static final Gazetteer BUILT_IN = load(EntitiesConfig.defaults());
        static final Gazetteer SHARED = load(EntitiesConfig.fromEnvironment(System.getenv()));
    }
}
