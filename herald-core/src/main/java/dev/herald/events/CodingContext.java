package dev.herald.events;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.Event;
import dev.herald.model.Layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What coding one article needs, built once per article by {@link EventCoder}: its parse, finders and indexes. */
final class CodingContext {
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "to", "on", "against", "for", "from", "of",
            "in", "into", "at", "toward", "towards", "over", "between");
    final Article article;
    final ParseTree tree;
    final Subjects subjects;
    final ActorFinder finder;
    final Modality modality;
    final EventDater dater;
    private final Map<Integer, Entity> entityAt = new HashMap<>();

    CodingContext(Article article, ParseTree tree, Subjects subjects, ActorFinder finder, Modality modality,
                  EventDater dater) {
        this.article = article;
        this.tree = tree;
        this.subjects = subjects;
        this.finder = finder;
        this.modality = modality;
        this.dater = dater;
        for (Entity e : article.get(Layer.ENTITIES)) {
            for (var m : e.mentions()) {
                for (int i = 0; i < tree.size(); i++) {
                    if (tree.token(i).span().overlaps(m.span())) {
                        entityAt.putIfAbsent(i, e);
                    }
                }
            }
        }
    }

    Optional<Entity> entityAt(int i) {
        return Optional.ofNullable(entityAt.get(i));
    }

    /** {@return the actors found in the first of {@code slots} that names any, for the trigger at {@code i}} */
    List<Event.Actor> actors(List<Slot> slots, int i) {
        for (Slot slot : slots) {
            List<Event.Actor> found = new ArrayList<>();
            for (int head : slot.fill(tree, subjects, i)) {
                List<Integer> heads = new ArrayList<>(tree.conjuncts(head));
                for (int c : tree.children(head)) {
                    // "the ambassadors of France, Germany and Italy": one actor per country
                    if (tree.preposition(c).equals("of") && entityAt(head).isEmpty()) {
                        heads.addAll(tree.conjuncts(c).subList(1, tree.conjuncts(c).size()));
                    }
                }
                for (int c : heads) {
                    finder.actor(c).filter(a -> found.stream().noneMatch(f -> same(Optional.of(f), Optional.of(a))))
                            .ifPresent(found::add);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * {@return whom an act is done to when the pattern's slots name no one: an actor in the act's complement
     * ("threatened to break relations with Russia", "agreed to provide aid for Romania"), a modifier of its
     * object ("rejected a U.S. request", "demanded the removal of the president") or a phrase of the trigger
     * ("lifted a curfew in Montenegro"); never one of {@code sources}}
     */
    List<Event.Actor> fallbackTargets(int i, List<Event.Actor> sources) {
        List<Integer> candidates = new ArrayList<>();
        for (int o : tree.children(i, Set.of("obj"))) {
            candidates.addAll(tree.children(o, Set.of("nmod:poss", "compound", "amod")));
            candidates.addAll(phrases(o));
            for (int a : tree.children(o, Set.of("acl"))) {
                candidates.addAll(phrases(a)); // "shortened the curfew imposed in Sudan"
            }
        }
        List<Integer> frontier = tree.children(i, Set.of("xcomp", "ccomp"));
        for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int x : frontier) {
                if (tree.relation(x).equals("ccomp")) {
                    candidates.addAll(tree.children(x, Set.of("nsubj", "nsubj:pass")));
                }
                candidates.addAll(tree.children(x, Set.of("iobj", "obj")));
                candidates.addAll(phrases(x));
                for (int o : tree.children(x, Set.of("obj"))) {
                    candidates.addAll(tree.children(o, Set.of("nmod:poss", "compound", "amod")));
                    candidates.addAll(phrases(o));
                }
                next.addAll(tree.children(x, Set.of("xcomp", "conj")));
            }
            frontier = next;
        }
        List<Integer> ownPhrases = phrases(i);
        candidates.addAll(ownPhrases);
        for (int c : ownPhrases) {
            // "riots against Israeli policies": a thing's maker
            candidates.addAll(tree.children(c, Set.of("nmod:poss", "compound", "amod")));
        }
        for (int c : List.copyOf(candidates)) {
            candidates.addAll(phrases(c)); // "contribute troops to a force in Liberia"
        }
        int h = tree.head(i);
        if (tree.isNoun(i) && h >= 0 && tree.isVerb(h)
                && (tree.relation(i).startsWith("nsubj") || tree.baseRelation(i).equals("obl"))) {
            // "a roadside bombing killed a soldier", "wounded two soldiers in a bomb attack": the act's victims
            candidates.addAll(tree.children(h, Set.of("obj")));
        }
        // a named actor first: "refused to deploy peacekeepers in Iraq" is done to Iraq, not to the peacekeepers
        for (boolean named : new boolean[] {true, false}) {
            for (int c : candidates) {
                if (entityAt(c).filter(e -> e.type() == dev.herald.model.EntityType.OTHER && !people(e)).isPresent()
                        && !tree.relation(c).equals("amod")) {
                    continue; // "deliver Patriot systems": a named thing is no one; "Israeli policies" are Israel's
                }
                Optional<Event.Actor> a = finder.actor(c);
                if (a.isPresent() && a.get().entity().isPresent() == named && sources.stream().noneMatch(
                        s -> same(Optional.of(s), a) || s.entity().isPresent() && s.entity().equals(a.get().entity()))) {
                    return List.of(a.get());
                }
            }
        }
        return List.of();
    }

    /**
     * {@return the party whose act a threat's condition is: the subject of an "if" or "unless" clause on the
     * trigger or on its complement ("threatened to stop the talks if the United States goes ahead"), never one
     * of {@code sources}}
     */
    List<Event.Actor> conditionParty(int i, List<Event.Actor> sources) {
        List<Integer> clauses = new ArrayList<>(List.of(i));
        List<Integer> frontier = tree.children(i, Set.of("xcomp", "ccomp"));
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            // the condition may hang on the act threatened or on its purpose: "threatened to stop talks to
            // reduce weapons if the United States goes ahead"
            clauses.addAll(frontier);
            List<Integer> next = new ArrayList<>();
            for (int x : frontier) {
                next.addAll(tree.children(x, Set.of("xcomp", "ccomp")));
            }
            frontier = next;
        }
        for (int k : clauses) {
            for (int c : tree.children(k, Set.of("advcl"))) {
                boolean conditional = tree.children(c, Set.of("mark")).stream()
                        .anyMatch(m -> Set.of("if", "unless").contains(tree.lemma(m)));
                if (!conditional) {
                    continue;
                }
                for (int s : tree.children(c, Set.of("nsubj"))) {
                    Optional<Event.Actor> a = finder.actor(s);
                    if (a.isPresent() && sources.stream().noneMatch(x -> same(Optional.of(x), a))) {
                        return List.of(a.get());
                    }
                }
            }
        }
        return List.of();
    }

    /** A nationality named as a people ("refusing admittance to Ghanaians"): an actor, unlike other named things. */
    private static boolean people(Entity e) {
        return e.subtype().filter(t -> t.equalsIgnoreCase("NATIONALITY")).isPresent() && e.country().isPresent();
    }

    /** The phrases a word governs with a preposition that can name whom an act is for or against. */
    private List<Integer> phrases(int k) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(k)) {
            String base = tree.baseRelation(c);
            if ((base.equals("obl") || base.equals("nmod")) && !tree.relation(c).equals("nmod:poss")
                    && TARGET_PREPOSITIONS.contains(tree.preposition(c))) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean same(Optional<Event.Actor> a, Optional<Event.Actor> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.get().entity().isPresent() && b.get().entity().isPresent()) {
            return a.get().entity().equals(b.get().entity()) && a.get().name().equals(b.get().name());
        }
        return a.get().name().equalsIgnoreCase(b.get().name());
    }

    /** The verb a noun trigger is the object of ("held talks"), or -1. */
    static int anchor(ParseTree tree, int i) {
        int h = tree.head(i);
        if (tree.isNoun(i) && h >= 0 && tree.isVerb(h) && (tree.relation(i).equals("obj")
                || tree.relation(i).startsWith("nsubj"))) {
            return h;
        }
        return -1;
    }
}
