package dev.herald.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demands made by saying what someone must do: "Russia said Sudan must return the helicopter" is
 * Russia's DEMAND to Sudan (PLOVER codes the obligation stated as a demand), and the act demanded is
 * not coded again. Marks the speech verb as a DEMAND trigger whose source is its subject and whose
 * target is the subject of the obligation. Stateless.
 */
final class Obligations {
    /** "Must" only: "negotiations should come from strength" advises, it demands nothing of anyone. */
    private static final Set<String> OBLIGATION = Set.of("must");
    private static final Set<String> SAYING = Set.of("say", "insist", "declare", "announce", "reiterate", "state",
            "stress", "conclude", "tell", "argue", "add", "write", "repeat", "maintain", "believe", "make");
    private static final EventPattern DEMAND = EventPatterns.parse(
            List.of("say V DEMAND - 100 src=subj tgt=ccsubj need=tgt"), "Obligations").single();

    private Obligations() {
    }

    /** {@return whether a sentence of these lemmas (lower case) may hold an obligation, before parsing} */
    static boolean possibleWith(Set<String> lemmas) {
        return OBLIGATION.stream().anyMatch(lemmas::contains) && SAYING.stream().anyMatch(lemmas::contains);
    }

    /** Adds a DEMAND trigger for each speech verb (not already a trigger) whose complement says what someone must do. */
    static void mark(ParseTree tree, Map<Integer, EventPattern> triggers) {
        for (int v = 0; v < tree.size(); v++) {
            int h = tree.head(v);
            if (h < 0 || !tree.relation(v).equals("ccomp") || !SAYING.contains(tree.lemma(h)) || triggers.containsKey(h)
                    || !tree.hasChild(v, Set.of("aux"), OBLIGATION)) {
                continue;
            }
            triggers.put(h, DEMAND);
        }
    }
}
