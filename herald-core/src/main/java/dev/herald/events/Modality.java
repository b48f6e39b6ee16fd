package dev.herald.events;

import java.util.Set;

/**
 * Tells whether a trigger's event is denied ({@code negated}: "did not attack", "there could be no
 * meeting", "denied arming") or not reported as done ({@code hypothetical}: future and modal verbs,
 * conditions, wishes, plans, promises and threats). Reads the trigger, the verb a noun trigger
 * depends on, and the clauses above it. Stateless.
 */
final class Modality {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "shall",
            "must", "can", "'ll", "'d", "wo", "ca", "ought");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    /** Verbs announcing their complement as what the subject will do: "plans to send", "has sworn to fight". */
    private static final Set<String> INTENT = Set.of("plan", "intend", "aim", "prepare", "set", "due", "expect",
            "swear", "vow");
    private static final Set<String> DENY = Set.of("deny", "fail", "reject", "dismiss");
    private static final Set<String> WISH = Set.of("want", "wish", "hope", "plan", "intend", "promise", "pledge",
            "vow", "threaten", "offer", "seek", "try", "propose", "aim", "expect", "prepare", "ready", "willing",
            "able", "consider", "push", "urge", "demand", "ask", "agree", "call", "press", "refuse", "decline",
            "need", "likely", "set", "due", "insist", "mull", "weigh", "attempt", "order", "allow", "decide", "vote");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "whether", "once", "before");
    private static final Set<String> UNREAL = Set.of("possible", "potential", "planned", "proposed", "future",
            "imminent", "prospective", "further");
    private static final int MAX_CLIMB = 5;

    private final ParseTree tree;

    Modality(ParseTree tree) {
        this.tree = tree;
    }

    /** {@return whether the event of the trigger at {@code i} is said not to happen} */
    boolean negated(int i) {
        if (hasNegator(i)) {
            return true;
        }
        int gov = lightVerb(i);
        if (gov >= 0 && hasNegator(gov)) {
            return true;
        }
        int clause = gov >= 0 ? gov : i;
        String rel = tree.relation(clause);
        int h = tree.head(clause);
        return h >= 0 && (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj"))
                && DENY.contains(tree.lemma(h)) && !tree.lemma(h).equals("reject");
    }

    /** {@return whether the event of the trigger at {@code i} is wished, planned, possible or conditional} */
    boolean hypothetical(int i) {
        if (hasModal(i)) {
            return true;
        }
        for (int c : tree.children(i)) {
            if (tree.relation(c).equals("amod") && UNREAL.contains(tree.lemma(c))) {
                return true;
            }
        }
        int k = lightVerb(i) >= 0 ? lightVerb(i) : i;
        if (k != i && hasModal(k)) {
            return true;
        }
        for (int step = 0; step < MAX_CLIMB && k >= 0; step++) {
            String rel = tree.relation(k);
            int h = tree.head(k);
            if (rel.equals("advcl")) {
                return markedBy(k, CONDITIONS); // an adverbial clause has its own modality
            }
            if (h < 0) {
                return false;
            }
            if ((rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")) && WISH.contains(tree.lemma(h))) {
                return true;
            }
            if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("acl"))) {
                return false;
            }
            if (hasModal(h)) {
                return true;
            }
            k = h;
        }
        return false;
    }

    /**
     * {@return whether the trigger at {@code i} is an act announced for the future: "will meet", "would send
     * troops", "is to visit", "plans to provide aid", not a possible or conditional one ("could meet")}
     */
    boolean future(int i) {
        // "will hold drills" announces the drills; "the drills will last two weeks" announces nothing of them
        int k = lightVerb(i) >= 0 && tree.relation(i).equals("obj") ? lightVerb(i) : i;
        for (int c : tree.children(k)) {
            if (tree.relation(c).equals("aux") && FUTURE.contains(tree.lemma(c).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        int h = tree.head(k);
        return h >= 0 && tree.relation(k).equals("xcomp") && INTENT.contains(tree.lemma(h));
    }

    /**
     * {@return whether the act at {@code i} is announced on a condition the other side must meet: "will
     * withdraw its force unless the president arranges a ceasefire"}
     */
    boolean unless(int i) {
        int k = lightVerb(i) >= 0 ? lightVerb(i) : i;
        for (int c : tree.children(k)) {
            if (tree.relation(c).equals("advcl") && markedBy(c, Set.of("unless"))) {
                return true;
            }
        }
        return false;
    }

    /** The verb a noun trigger is the object or subject of ("held talks", "there could be no meeting"). */
    private int lightVerb(int i) {
        if (!tree.isNoun(i)) {
            return -1;
        }
        String rel = tree.relation(i);
        int h = tree.head(i);
        if (h >= 0 && tree.isVerb(h) && (rel.equals("obj") || rel.startsWith("nsubj"))) {
            return h;
        }
        return -1;
    }

    private boolean hasNegator(int i) {
        for (int c : tree.children(i)) {
            String rel = tree.relation(c);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(tree.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasModal(int i) {
        for (int c : tree.children(i)) {
            if (tree.relation(c).equals("aux") && MODALS.contains(tree.lemma(c))) {
                return true;
            }
        }
        return false;
    }

    private boolean markedBy(int clause, Set<String> marks) {
        for (int c : tree.children(clause)) {
            if (tree.relation(c).equals("mark") && marks.contains(tree.lemma(c))) {
                return true;
            }
        }
        return false;
    }
}
