package dev.herald.events;

import dev.herald.model.EventType;

import java.util.Map;
import java.util.Set;

/**
 * Which matched trigger words do not code an event of their own: an act embedded under a promise,
 * demand, threat or refusal ("threatened to attack" is one THREATEN), a noun that repeats the verb
 * above it ("imposed sanctions"), a noun modifier ("riot police") and a predicate noun ("they are a
 * threat"). Stateless.
 */
final class TriggerFilter {
    private static final Set<EventType> EMBEDDING = Set.of(EventType.AGREE, EventType.DEMAND, EventType.THREATEN,
            EventType.REJECT);
    private static final Set<String> EMBEDDED_RELATIONS = Set.of("xcomp", "ccomp", "obj", "nsubj:pass", "obl", "nmod",
            "conj", "acl", "csubj");

    private TriggerFilter() {
    }

    /** Whether the trigger at {@code i} stands inside the complement of a promise, demand, threat or refusal. */
    static boolean embedded(ParseTree tree, Map<Integer, EventPattern> triggers, int i) {
        int k = i;
        for (int step = 0; step < 8; step++) {
            int h = tree.head(k);
            if (h < 0) {
                return false;
            }
            if (!EMBEDDED_RELATIONS.contains(tree.baseRelation(k)) && !EMBEDDED_RELATIONS.contains(tree.relation(k))) {
                return false;
            }
            EventPattern above = triggers.get(h);
            if (above != null && EMBEDDING.contains(above.type())) {
                String rel = tree.relation(k);
                boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
                        || rel.equals("nsubj:pass") || tree.baseRelation(k).equals("nmod") || rel.equals("acl")
                        || (rel.equals("conj") && tree.hasChild(k, Set.of("mark"), Set.of("to")))
                        || (tree.baseRelation(k).equals("obl") && Set.of("for", "to", "on").contains(tree.preposition(k)));
                if (complement) {
                    return true;
                }
            }
            k = h;
        }
        return false;
    }

    /** A noun that only modifies another ("riot police") or is said to be something ("they are a threat"). */
    static boolean modifierOrPredicate(ParseTree tree, int i) {
        if (!tree.isNoun(i)) {
            return false;
        }
        String rel = tree.relation(i);
        if (rel.equals("compound") || rel.equals("amod")) {
            return true;
        }
        if (tree.child(i, "cop") < 0) {
            return false;
        }
        // "they are a threat" is no threat made; "there could be no meeting" still speaks of a meeting
        for (int c : tree.children(i)) {
            if (tree.relation(c).equals("nsubj") && !tree.pos(c).startsWith("VB") && !tree.lemma(c).equals("there")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger only repeats the trigger above it: a noun object of a verb of the same type ("imposed
     * sanctions", "granted asylum") or a purpose clause of the same type ("will meet to discuss").
     */
    static boolean doubles(ParseTree tree, Map<Integer, EventPattern> triggers, int i) {
        int h = tree.head(i);
        EventPattern above = h < 0 ? null : triggers.get(h);
        if (above == null || above.type() != triggers.get(i).type()) {
            return false;
        }
        String rel = tree.relation(i);
        return (tree.isNoun(i) && (rel.equals("obj") || rel.equals("nsubj:pass")))
                || (tree.isVerb(i) && (rel.equals("xcomp") || rel.equals("advcl")));
    }

    /**
     * Whether a verb that codes only with both actors (a line of CAMEO's dictionary) leaves the event to the
     * trigger that is its object: "held talks" is the talks' CONSULT, with the talks' own slots.
     */
    static boolean yieldsToObject(ParseTree tree, Map<Integer, EventPattern> triggers, int i) {
        if (!triggers.get(i).needsSource()) {
            return false;
        }
        for (int c : tree.children(i, Set.of("obj", "xcomp"))) {
            if (triggers.containsKey(c) && !triggers.get(c).needsSource()) {
                return true;
            }
        }
        return false;
    }
}
