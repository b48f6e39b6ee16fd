package dev.herald.events;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Mention;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an article's unnamed actors refer to: its home country (the country its entities name most
 * often), its government ("the government", "ministers" in a story about Britain are the UK
 * Government; where the home country has none, the one country whose government the article names), and
 * the bodies it names ("the bank" after "the Bank of England"). One per article;
 * immutable once built.
 */
final class HomeActors {
    /** Nouns that, bare or with "the", mean the government of the article's country. */
    static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration", "cabinet", "minister",
            "ministers", "executive", "regime", "authority", "authorities", "official", "officials", "whitehall");
    private static final Set<String> BODY_SUBTYPES_EXCLUDED = Set.of("MEDIA");

    private final Optional<String> country;
    private final Optional<Entity> government;
    private final List<Entity> bodies;

    HomeActors(List<Entity> entities) {
        Map<String, Integer> weight = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Entity e : entities) {
            if (e.country().isEmpty() || e.mentions().isEmpty()) {
                continue;
            }
            weight.merge(e.country().get(), e.mentions().size(), Integer::sum);
            first.merge(e.country().get(), e.mentions().get(0).span().start(), Math::min);
        }
        this.country = weight.keySet().stream()
                .max(Comparator.comparing((String c) -> weight.get(c)).thenComparing(c -> -first.get(c)));
        List<Entity> governments = entities.stream()
                .filter(e -> e.subtype().filter(s -> s.equalsIgnoreCase("GOVERNMENT")).isPresent())
                .filter(e -> e.country().isPresent())
                .toList();
        // the home country's government; else, when the article names one government only, that one
        // ("the UK Government condemned Iran ... the government said": Iran is named more, but has none)
        List<Entity> home = governments.stream().filter(e -> e.country().equals(country)).toList();
        List<String> countries = governments.stream().map(e -> e.country().get()).distinct().toList();
        this.government = (home.isEmpty() && countries.size() == 1 ? governments : home).stream()
                .max(Comparator.comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT).contains("government"))
                        .thenComparing(e -> e.mentions().size()));
        this.bodies = entities.stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && !e.mentions().isEmpty())
                .filter(e -> e.subtype().map(s -> !BODY_SUBTYPES_EXCLUDED.contains(s.toUpperCase(Locale.ROOT))).orElse(true))
                .toList();
    }

    /** {@return the country the article's entities name most often} */
    Optional<String> country() {
        return country;
    }

    /** {@return the government entity of the article's country, where the article has one} */
    Optional<Entity> government() {
        return government;
    }

    /**
     * {@return the body a definite description refers to: the organisation mentioned last before
     * {@code offset} whose name has the noun ("the bank" for "the Bank of England")}
     */
    Optional<Entity> body(String noun, int offset) {
        String word = noun.toLowerCase(Locale.ROOT);
        Entity best = null;
        int bestAt = -1;
        for (Entity e : bodies) {
            if (!List.of(e.name().toLowerCase(Locale.ROOT).split("\\W+")).contains(word)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.span().start() < offset && m.span().start() > bestAt) {
                    best = e;
                    bestAt = m.span().start();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
