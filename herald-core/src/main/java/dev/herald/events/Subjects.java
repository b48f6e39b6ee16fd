package dev.herald.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who is the subject of a verb, following what the basic tree leaves implicit: the agent of a
 * passive, the shared subject of conjoined verbs ("fired tear gas and arrested 63"), the controller
 * of an infinitive ("agreed to release"), the subject of a participle clause ("..., saying"), and the
 * noun a relative clause hangs on ("Russia, which keeps peacekeepers").
 */
final class Subjects {
    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whom");
    private static final int MAX_DEPTH = 6;
    private final ParseTree tree;

    Subjects(ParseTree tree) {
        this.tree = tree;
    }

    /** {@return the heads of the subject of the predicate at {@code v}, each conjunct apart} */
    List<Integer> subjectOf(int v) {
        return expand(find(v, 0));
    }

    private int find(int v, int depth) {
        if (v < 0 || depth > MAX_DEPTH) {
            return -1;
        }
        int s = tree.child(v, "nsubj");
        if (s >= 0) {
            if (RELATIVE.contains(tree.lemma(s)) && tree.relation(v).startsWith("acl")) {
                return tree.head(v);
            }
            return s;
        }
        if (tree.child(v, "nsubj:pass") >= 0 || tree.child(v, "aux:pass") >= 0) {
            for (int c : tree.children(v)) {
                if (tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("by")) {
                    return c;
                }
            }
            return -1;
        }
        int h = tree.head(v);
        String rel = tree.relation(v);
        switch (rel) {
            case "conj" -> {
                return tree.isVerb(h) || tree.pos(h).startsWith("JJ") ? find(h, depth + 1) : -1;
            }
            case "xcomp" -> {
                int o = tree.child(h, "obj");
                return o >= 0 ? o : find(h, depth + 1);
            }
            case "advcl" -> {
                boolean marked = tree.child(v, "mark") >= 0;
                return marked ? -1 : find(h, depth + 1);
            }
            case "acl:relcl" -> {
                return h;
            }
            default -> {
                return -1;
            }
        }
    }

    private List<Integer> expand(int s) {
        if (s < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int c : tree.conjuncts(s)) {
            out.add(c);
        }
        return out;
    }
}
