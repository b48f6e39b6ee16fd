package dev.herald.entities.gazetteer;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Herald knows of each country's government, from {@code countries.tsv}: which places can stand
 * for it (the country itself and its capital), the name a government without a name in the article
 * gets ("Russian government", from the country's first demonym; "New Zealand government" when that
 * demonym names a person), and which entity of an article names it: a "UK Government" / "the French
 * government" entity first, else the seat of its executive ("Kremlin", "White House", "Downing
 * Street", "Élysée", ...). Parliaments, ministries and agencies ("Duma", "Pentagon", "State
 * Department") are parts of a government and do not stand for it. Built once; read-only and
 * thread-safe.
 */
public final class Governments {
    /** Canonical names (as in {@code organisations.tsv}, folded) of the seats of executives. */
    private static final Set<String> SEATS = Set.of("kremlin", "white house", "downing street", "whitehall",
            "elysee", "zhongnanhai", "chancellery", "blue house", "kantei", "number 10", "no 10");
    /** Government names that read better than the demonym's ("US government", not "American government"). */
    private static final Map<String, String> NAMES = Map.of("USA", "US government", "GBR", "UK government");

    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Gazetteer gazetteer;

    public Governments(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        GazetteerFiles.readCountries(Gazetteer.resource("countries.tsv"), name -> {
            String code = name.actor().country().orElseThrow();
            switch (name.actor().kind()) {
                case PLACE -> capitals.put(fold(name.form()), code);
                case DEMONYM -> demonyms.putIfAbsent(code, name.form());
                case COUNTRY -> countryNames.putIfAbsent(code, name.actor().name());
                default -> { }
            }
        });
    }

    /**
     * {@return the country whose government {@code place} can stand for: a country, or a capital of
     * the country it lies in; empty for other places and other entities}
     */
    public Optional<String> countryStoodForBy(Entity place) {
        if (place.type() != EntityType.LOCATION || place.country().isEmpty()) {
            return Optional.empty();
        }
        String code = place.country().get();
        boolean country = place.subtype().equals(Optional.of("COUNTRY"));
        boolean capital = code.equals(capitals.get(fold(place.name())));
        return country || capital ? Optional.of(code) : Optional.empty();
    }

    /**
     * {@return the entity of {@code entities} that names the government of {@code country}: one named
     * "&lt;country or demonym&gt; government" first, else the seat of its executive; the one with the
     * most mentions, then the first, among equals}
     */
    public Optional<Entity> entityOf(String country, List<Entity> entities) {
        Comparator<Entity> best = Comparator.comparingInt((Entity e) -> -e.mentions().size());
        Optional<Entity> named = entities.stream().filter(e -> governs(e, country) && namedGovernment(e, country))
                .min(best);
        return named.or(() -> entities.stream().filter(e -> governs(e, country) && SEATS.contains(fold(e.name())))
                .min(best));
    }

    /** {@return the name of the government of {@code country} when the article gives none: "Russian government"} */
    public String nameOf(String country) {
        String fixed = NAMES.get(country);
        if (fixed != null) {
            return fixed;
        }
        String demonym = demonyms.get(country);
        if (demonym == null || demonym.endsWith("er")) {
            // no adjective: "New Zealander" names a person, so "the New Zealand government"
            return countryNames.getOrDefault(country, country) + " government";
        }
        return demonym + " government";
    }

    private static boolean governs(Entity e, String country) {
        return e.type() == EntityType.ORGANIZATION && e.subtype().equals(Optional.of("GOVERNMENT"))
                && e.country().equals(Optional.of(country));
    }

    /** "UK Government", "the French government": the word government after a name of the country. */
    private boolean namedGovernment(Entity e, String country) {
        String name = e.name().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(" government")) {
            return false;
        }
        String owner = name.substring(0, name.length() - " government".length()).strip();
        if (owner.toLowerCase(Locale.ROOT).startsWith("the ")) {
            owner = owner.substring(4);
        }
        return gazetteer.lookup(owner).map(GazetteerName::actor)
                .filter(a -> a.kind() == Actor.Kind.COUNTRY || a.kind() == Actor.Kind.DEMONYM)
                .flatMap(Actor::country).filter(country::equals).isPresent();
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("^the ", "").replaceAll("[.]", "").strip();
    }
}
