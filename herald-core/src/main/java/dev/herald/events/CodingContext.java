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

/** What coding one article needs, built once per article by {@link EventCoder}: its parse, finders and indexes. */
final class CodingContext {
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
