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
    /** Verbs whose object is the subject of their infinitive: "urged X to", "ordered X to". */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "order", "force", "allow", "tell",
            "persuade", "call", "want", "press", "invite", "encourage", "help", "lead", "require", "compel", "permit",
            "expect", "instruct", "pressure", "push", "get", "need");
    /** Verbs whose object does what their "of" phrase says: "accused X of firing". */
    private static final Set<String> OF_OBJECT = Set.of("accuse", "blame", "suspect", "charge", "convict", "warn",
            "condemn", "criticise", "criticize", "sentence", "arrest", "detain", "jail", "fine", "punish", "prosecute",
            "indict", "sanction", "praise", "thank");
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
            if (RELATIVE.contains(tree.lemma(s))) {
                return tree.relation(v).startsWith("acl") ? tree.head(v) : antecedent(s);
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
                int passive = tree.child(h, "nsubj:pass");
                if (passive >= 0 && tree.child(v, "aux:pass") < 0) {
                    return passive; // "was arrested in March and has agreed to cooperate"
                }
                return tree.isVerb(h) || tree.pos(h).startsWith("JJ") ? find(h, depth + 1) : -1;
            }
            case "xcomp" -> {
                int o = tree.child(h, "obj");
                return o >= 0 && OBJECT_CONTROL.contains(tree.lemma(h)) ? o : find(h, depth + 1);
            }
            case "dep" -> {
                return tree.pos(v).equals("VBG") ? find(h, depth + 1) : -1;
            }
            case "obl", "acl" -> {
                int o = tree.child(h, "obj");
                boolean ofFor = Set.of("of", "for").contains(tree.preposition(v))
                        || tree.hasChild(v, Set.of("mark"), Set.of("of", "for"));
                if (o >= 0 && OF_OBJECT.contains(tree.lemma(h)) && ofFor) {
                    return o;
                }
                if (o < 0 && OF_OBJECT.contains(tree.lemma(h)) && ofFor && tree.relation(h).equals("acl")) {
                    return tree.head(h); // "four men suspected of smuggling"
                }
                return rel.equals("acl") && tree.pos(v).equals("VBG") && tree.isNoun(h) ? h : -1;
            }
            case "advcl" -> {
                boolean ofFor = tree.hasChild(v, Set.of("mark", "case"), Set.of("of", "for"));
                if (ofFor && OF_OBJECT.contains(tree.lemma(h))) {
                    int o = tree.child(h, "obj");
                    return o >= 0 ? o : tree.relation(h).equals("acl") ? tree.head(h) : -1;
                }
                if (tree.hasChild(v, Set.of("mark"), Set.of("by", "after", "before", "while", "without"))
                        && tree.pos(v).equals("VBG")) {
                    return find(h, depth + 1); // "responded by accusing", "after meeting"
                }
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

    /** The word a relative pronoun stands for when the parser did not attach its clause to it: the nearest noun before. */
    private int antecedent(int pronoun) {
        for (int k = pronoun - 1; k >= 0 && k >= pronoun - 4; k--) {
            if (tree.isNoun(k)) {
                return k;
            }
        }
        return -1;
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
