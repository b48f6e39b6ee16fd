package dev.herald.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an actor of an event stands relative to its trigger in the dependency tree. Written in the
 * pattern file as {@code subj}, {@code obj}, {@code iobj}, {@code poss}, {@code amod},
 * {@code compound}, {@code gov} (the subject of the verb a noun trigger is the object of),
 * {@code govobj} (the object of the verb governing the trigger), {@code ccsubj} (the subject of the
 * trigger's clausal complement) or {@code @PREP} (a phrase the trigger governs with preposition
 * PREP: {@code @with}, {@code @against}).
 */
sealed interface Slot permits Slot.Relation, Slot.Preposition {

    /** {@return the heads of the phrases filling this slot for the trigger at {@code i}} */
    List<Integer> fill(ParseTree tree, Subjects subjects, int i);

    /** {@return the slot written as {@code spec}} */
    static Slot parse(String spec) {
        if (spec.startsWith("@")) {
            return new Preposition(spec.substring(1));
        }
        if (!Relation.NAMES.contains(spec)) {
            throw new IllegalArgumentException("unknown slot '" + spec + "'; use one of " + Relation.NAMES + " or @PREP");
        }
        return new Relation(spec);
    }

    /** A slot named by its grammatical relation to the trigger. */
    record Relation(String name) implements Slot {
        static final Set<String> NAMES = Set.of("subj", "obj", "iobj", "poss", "amod", "compound", "gov", "govobj",
                "ccsubj", "objof", "xobj", "govsubj", "ccactor");

        @Override
        public List<Integer> fill(ParseTree tree, Subjects subjects, int i) {
            return switch (name) {
                case "subj" -> subjects.subjectOf(i);
                case "obj" -> objectOf(tree, i);
                case "iobj" -> tree.children(i, Set.of("iobj"));
                case "poss" -> tree.children(i, Set.of("nmod:poss"));
                case "amod" -> tree.children(i, Set.of("amod"));
                case "compound" -> tree.children(i, Set.of("compound"));
                case "gov" -> governingSubject(tree, subjects, i);
                case "govobj" -> governingObject(tree, i);
                case "ccsubj" -> clausalSubject(tree, subjects, i);
                case "objof" -> objectsActor(tree, i);
                case "xobj" -> complementObject(tree, i);
                case "ccactor" -> complementActors(tree, i);
                case "govsubj" -> tree.head(i) < 0 ? List.of() : subjects.subjectOf(tree.head(i));
                default -> List.of();
            };
        }

        private static List<Integer> objectOf(ParseTree tree, int i) {
            List<Integer> out = new ArrayList<>(tree.children(i, Set.of("obj", "nsubj:pass")));
            if (out.isEmpty()) {
                // "wants Ukraine to promise": the object is the subject of the complement in some parses
                for (int x : tree.children(i, Set.of("xcomp"))) {
                    out.addAll(tree.children(x, Set.of("nsubj")));
                }
            }
            return out;
        }

        /** Verbs that make a noun an act of their subject: "held talks", "imposed sanctions", "launched strikes". */
        static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "begin", "start", "resume", "launch",
                "open", "continue", "join", "attend", "host", "stage", "carry", "make", "impose", "announce", "give",
                "issue", "take", "lead", "mount", "wage", "organise", "organize", "file", "lodge", "bring", "reach",
                "strike", "sign", "express", "voice", "offer", "send", "deliver", "provide", "grant", "extend", "raise",
                "put", "go", "step", "intensify", "escalate", "renew", "order", "declare", "unveil", "adopt", "approve",
                "introduce", "slap", "tighten", "seal", "conclude", "agree", "pledge", "promise", "complete",
                "finalise", "finalize", "plan", "propose", "seek", "call", "press", "level");

        private static List<Integer> governingSubject(ParseTree tree, Subjects subjects, int i) {
            int h = tree.head(i);
            String rel = tree.relation(i);
            if (h >= 0 && rel.equals("obl") && tree.isVerb(h) && Set.of("in", "on").contains(tree.preposition(i))) {
                return subjects.subjectOf(h); // "arrested 12 men in raids", "took part in talks"
            }
            if (h >= 0 && !LIGHT_VERBS.contains(tree.lemma(h))) {
                return List.of();
            }
            if (h >= 0 && (rel.equals("obj") || rel.equals("xcomp") || rel.equals("nsubj:pass"))) {
                return subjects.subjectOf(h);
            }
            if (h >= 0 && rel.equals("obl") && tree.isVerb(h) && Set.of("in", "on").contains(tree.preposition(i))) {
                // "took part in talks", "engaged in fighting"
                return subjects.subjectOf(h);
            }
            return List.of();
        }

        private static List<Integer> governingObject(ParseTree tree, int i) {
            int h = tree.head(i);
            return h < 0 ? List.of() : tree.children(h, Set.of("obj"));
        }

        /** The actor of the act named by the object: "demanded a withdrawal of Russian troops", "her resignation". */
        private static List<Integer> objectsActor(ParseTree tree, int i) {
            List<Integer> out = new ArrayList<>();
            for (int o : tree.children(i, Set.of("obj"))) {
                out.addAll(tree.children(o, Set.of("nmod:poss")));
                for (int c : tree.children(o)) {
                    if (tree.baseRelation(c).equals("nmod") && Set.of("of", "from").contains(tree.preposition(c))) {
                        out.add(c);
                    }
                }
                out.addAll(tree.children(o, Set.of("amod", "compound")));
            }
            return out;
        }

        /** Who acts in what the trigger says: "warned [talks] are a smokescreen while atrocities are committed by Russia". */
        private static List<Integer> complementActors(ParseTree tree, int i) {
            List<Integer> out = new ArrayList<>();
            List<Integer> frontier = new ArrayList<>(tree.children(i, Set.of("ccomp")));
            for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int k : frontier) {
                    for (int c : tree.children(k)) {
                        boolean agent = tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("by");
                        if ((tree.relation(c).equals("nsubj") || agent) && !tree.pos(c).startsWith("PRP")) {
                            out.add(c);
                        }
                        if (Set.of("advcl", "ccomp", "conj", "xcomp").contains(tree.relation(c))) {
                            next.add(c);
                        }
                    }
                }
                frontier = next;
            }
            return out;
        }

        /** Whom the act promised, threatened or demanded is done to: "ready to meet Kim", "agreed to cooperate with X". */
        private static List<Integer> complementObject(ParseTree tree, int i) {
            for (int x : tree.children(i, Set.of("xcomp", "ccomp"))) {
                List<Integer> out = new ArrayList<>(tree.children(x, Set.of("obj")));
                for (int c : tree.children(x)) {
                    if (tree.baseRelation(c).equals("obl") && Set.of("with", "on", "against", "to").contains(tree.preposition(c))) {
                        out.add(c);
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            return List.of();
        }

        private static List<Integer> clausalSubject(ParseTree tree, Subjects subjects, int i) {
            List<Integer> out = new ArrayList<>();
            for (int c : tree.children(i, Set.of("ccomp"))) {
                out.addAll(subjects.subjectOf(c));
                if (out.isEmpty()) {
                    out.addAll(tree.children(c, Set.of("nsubj:pass")));
                }
            }
            return out;
        }
    }

    /**
     * A phrase the trigger governs with a preposition: {@code obl} of a verb, {@code nmod} of a noun. A noun
     * trigger that is the subject of its verb also takes that verb's phrases ("talks took place between A and B").
     */
    record Preposition(String word) implements Slot {
        @Override
        public List<Integer> fill(ParseTree tree, Subjects subjects, int i) {
            List<Integer> out = new ArrayList<>(own(tree, i));
            int h = tree.head(i);
            if (out.isEmpty() && tree.isNoun(i) && tree.baseRelation(i).equals("nsubj") && h >= 0 && tree.isVerb(h)) {
                out.addAll(own(tree, h));
            }
            if (out.isEmpty() && tree.isVerb(i)) {
                // "signed a trade agreement with Iran", "imposed sanctions on Iran"
                for (int o : tree.children(i, Set.of("obj"))) {
                    out.addAll(own(tree, o));
                }
            }
            return out;
        }

        private List<Integer> own(ParseTree tree, int i) {
            List<Integer> out = new ArrayList<>();
            for (int c : tree.children(i)) {
                String base = tree.baseRelation(c);
                if ((base.equals("obl") || base.equals("nmod")) && !tree.relation(c).equals("nmod:poss")
                        && tree.preposition(c).equals(word)) {
                    out.add(c);
                }
            }
            return out;
        }
    }
}
