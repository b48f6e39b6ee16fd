package dev.herald.entities;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.Governments;
import dev.herald.entities.types.PoliticalContexts;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Span;
import dev.herald.model.Metonym;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds country and capital names used for their government ("Moscow wants", "talks between Kyiv
 * and Moscow", "Beijing's response", "Britain said") and links each to the entity of that
 * government ({@link PoliticalContexts} tells the contexts, {@link Governments} the places and the
 * government entities). The mention stays in its place entity, with its {@code LOCATION} type: the
 * link is a {@link Metonym} of its own layer. The government is the article's entity for it (a "UK
 * Government" entity, else the Kremlin, White House, Downing Street, ... of that country); where the
 * article has none, an {@code ORGANIZATION}/{@code GOVERNMENT} entity named from the demonym
 * ("Russian government") is added after the others, without mentions: the article never names it.
 *
 * <p>Requires {@code tokens} and {@code entities}. Provides {@code metonyms} and {@code entities}
 * (the same entities, plus any government added). Option: the {@link Gazetteer}. Thread-safe.
 *
 * <pre>{@code
 * Article a = new MetonymFinder(Gazetteer.builtIn()).apply(withEntities);
 * a.get(Layer.METONYMS);   // [Metonym[span=[120, 126), place=E4, government=E9, use=SUBJECT]]
 * }</pre>
 */
public final class MetonymFinder implements Stage {
    private final Governments governments;

    public MetonymFinder(Gazetteer gazetteer) {
        this.governments = new Governments(gazetteer);
    }

    @Override
    public String name() {
        return "metonyms";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES, Layer.METONYMS);
    }

    @Override
    public Article apply(Article article) {
        List<Token> tokens = article.get(Layer.TOKENS);
        List<Entity> entities = new ArrayList<>(article.get(Layer.ENTITIES));
        List<Candidate> candidates = candidates(entities, tokens);
        PoliticalContexts contexts = new PoliticalContexts(tokens, candidates.stream()
                .map(c -> new int[] {c.first, c.last}).toList());
        Map<String, String> governmentIds = new LinkedHashMap<>();
        List<Metonym> metonyms = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.country.isEmpty()) {
                continue;
            }
            Optional<Metonym.Use> use = contexts.useOf(c.first, c.last);
            if (use.isPresent()) {
                String government = governmentIds.computeIfAbsent(c.country.get(), code -> governmentId(code, entities));
                metonyms.add(new Metonym(c.mention.span(), c.place.id(), government, use.get()));
            }
        }
        metonyms.sort(Comparator.comparing(Metonym::span));
        return article.with(Layer.ENTITIES, entities).with(Layer.METONYMS, metonyms);
    }

    /** The id of the government entity of {@code country}, added to {@code entities} when the article has none. */
    private String governmentId(String country, List<Entity> entities) {
        Optional<Entity> known = governments.entityOf(country, entities);
        if (known.isPresent()) {
            return known.get().id();
        }
        String id = "E" + (entities.stream().mapToInt(MetonymFinder::number).max().orElse(0) + 1);
        entities.add(new Entity(id, governments.nameOf(country), EntityType.ORGANIZATION, Optional.of("GOVERNMENT"),
                Optional.of(country), Optional.empty(), List.of()));
        return id;
    }

    private static int number(Entity e) {
        String digits = e.id().replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /**
     * Every name mention of a place (for coordination: "London and Paris"), with the country whose
     * government it can stand for where it is a country or capital; a mention inside a government's
     * own mention ("UK" of "UK Government") is no candidate.
     */
    /** {@return whether a span of {@code sorted} (with {@code maxEnd}, the greatest end up to each) overlaps {@code s}} */
    private static boolean overlapsAny(List<Span> sorted, int[] maxEnd, Span s) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) { // the first span starting at or after s's end: those before may overlap
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < s.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnd[lo - 1] > s.start();
    }

    private List<Candidate> candidates(List<Entity> entities, List<Token> tokens) {
        // The body mentions by start, with the greatest end up to each: whether one overlaps a place is
        // then a bisection, not a scan of all bodies per place (quadratic in a long text).
        List<Span> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .flatMap(e -> e.mentions().stream()).map(Mention::span).sorted().toList();
        int[] maxEnd = new int[bodies.size()];
        for (int i = 0; i < maxEnd.length; i++) {
            maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE, bodies.get(i).end());
        }
        List<Candidate> found = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            Optional<String> country = governments.countryStoodForBy(e);
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME || overlapsAny(bodies, maxEnd, m.span())) {
                    continue;
                }
                int first = tokenAt(tokens, m.span().start());
                int last = tokenAt(tokens, m.span().end() - 1);
                if (first >= 0 && last >= first) {
                    found.add(new Candidate(e, m, first, last, country));
                }
            }
        }
        found.sort(Comparator.comparing(c -> c.mention.span()));
        return found;
    }

    /** The index of the token covering {@code offset}, or -1. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.span().end() <= offset) {
                lo = mid + 1;
            } else if (t.span().start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private record Candidate(Entity place, Mention mention, int first, int last, Optional<String> country) {
    }
}
