package dev.herald.events;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test a trigger's parse must pass for a pattern to apply. Written in the pattern file after
 * {@code if=}, comma-separated:
 * <ul>
 *   <li>{@code obj:a|b} the trigger's object (or passive subject) has one of these lemmas;</li>
 *   <li>{@code subj:a|b} the trigger's subject has one of these lemmas ("forces killed", "an explosion killed");</li>
 *   <li>{@code prt:out} the verb has this particle ("walk out", "cut off");</li>
 *   <li>{@code mod:air|missile} a compound or adjective modifier has one of these lemmas;</li>
 *   <li>{@code gov:hold|stage} the word the trigger depends on has one of these lemmas;</li>
 *   <li>{@code xcomp:a|b} the trigger has an infinitive complement with one of these lemmas;</li>
 *   <li>{@code ccsubj:it|we} the subject of the trigger's clausal complement has one of these lemmas;</li>
 *   <li>{@code @on} the trigger governs a phrase with this preposition; {@code @on:plan|cost} one whose
 *       head has one of these lemmas;</li>
 *   <li>{@code comp} the trigger has a clausal complement;</li>
 *   <li>{@code ccmodal} the trigger's clausal complement has a modal ("warned that it would ...");</li>
 *   <li>{@code pass} the trigger is a passive verb;</li>
 *   <li>{@code thing} the trigger's object (or, without one, its "against"/"on" phrase) is a thing said or
 *       decided, not an actor or a place: "attacked the legislation", "fight against the plan";</li>
 *   <li>a leading {@code !} negates any test.</li>
 * </ul>
 */
sealed interface Condition permits Condition.Lemmas, Condition.HasPreposition, Condition.HasComplement,
        Condition.ModalComplement, Condition.Passive, Condition.ThingObject, Condition.Not {

    boolean holds(ParseTree tree, int i);

    /**
     * {@return whether the test can hold in a sentence whose lemmas (lower case) are {@code lemmas}: false only
     * when it asks for a word the sentence does not have; read before the sentence is parsed}
     */
    default boolean possibleWith(Set<String> lemmas) {
        return true;
    }

    /** {@return the condition written as {@code spec}} */
    static Condition parse(String spec) {
        if (spec.startsWith("!")) {
            return new Not(parse(spec.substring(1)));
        }
        if (spec.startsWith("@")) {
            int colon = spec.indexOf(':');
            return colon < 0 ? new HasPreposition(spec.substring(1), Set.of())
                    : new HasPreposition(spec.substring(1, colon), Set.copyOf(Arrays.asList(spec.substring(colon + 1).split("\\|"))));
        }
        if (spec.equals("comp")) {
            return new HasComplement();
        }
        if (spec.equals("ccmodal")) {
            return new ModalComplement();
        }
        if (spec.equals("pass")) {
            return new Passive();
        }
        if (spec.equals("thing")) {
            return new ThingObject();
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("unknown condition '" + spec + "'");
        }
        String where = spec.substring(0, colon);
        Set<String> lemmas = Arrays.stream(spec.substring(colon + 1).split("\\|")).collect(Collectors.toUnmodifiableSet());
        if (!Set.of("obj", "subj", "prt", "mod", "gov", "xcomp", "ccsubj").contains(where)) {
            throw new IllegalArgumentException("unknown condition '" + spec + "'; use obj:, subj:, prt:, mod:, gov:, xcomp:, @PREP or comp");
        }
        return new Lemmas(where, lemmas);
    }

    /** A word in some relation to the trigger has one of the given lemmas. */
    record Lemmas(String where, Set<String> lemmas) implements Condition {
        @Override
        public boolean possibleWith(Set<String> sentence) {
            return lemmas.stream().anyMatch(sentence::contains);
        }

        @Override
        public boolean holds(ParseTree tree, int i) {
            return switch (where) {
                case "obj" -> tree.hasChild(i, Set.of("obj", "nsubj:pass"), lemmas) || objectThrough(tree, i, lemmas);
                case "subj" -> tree.hasChild(i, Set.of("nsubj"), lemmas);
                case "prt" -> tree.hasChild(i, Set.of("compound:prt"), lemmas);
                case "mod" -> tree.hasChild(i, Set.of("compound", "amod"), lemmas);
                case "gov" -> tree.head(i) >= 0 && lemmas.contains(tree.lemma(tree.head(i)));
                case "xcomp" -> tree.hasChild(i, Set.of("xcomp"), lemmas);
                case "ccsubj" -> tree.children(i, Set.of("ccomp")).stream()
                        .anyMatch(c -> tree.hasChild(c, Set.of("nsubj"), lemmas));
                default -> false;
            };
        }
    }

    /**
     * Nouns that only measure or frame the thing an act is about: "25,000 tons of aid", "mediation efforts",
     * "part of a military aid programme". An object condition looks through them.
     */
    Set<String> FRAMES = Set.of("ton", "tonne", "tons", "tonnes", "million", "billion", "amount", "part", "shipment",
            "effort", "programme", "program", "mission", "process", "package", "bid", "campaign", "initiative", "round",
            "kind", "lot", "number", "supply", "form", "state");

    /** Whether the object is a frame noun ("tons", "efforts") whose "of" phrase or modifier has one of the lemmas. */
    static boolean objectThrough(ParseTree tree, int i, Set<String> lemmas) {
        for (int o : tree.children(i, Set.of("obj", "nsubj:pass"))) {
            if (!FRAMES.contains(tree.lemma(o)) && !tree.pos(o).equals("CD")) {
                continue;
            }
            for (int c : tree.children(o)) {
                boolean of = tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("of");
                if ((of || tree.relation(c).equals("compound")) && lemmas.contains(tree.lemma(c))) {
                    return true;
                }
                for (int g : of ? tree.children(c, Set.of("compound")) : List.<Integer>of()) {
                    if (lemmas.contains(tree.lemma(g))) {
                        return true; // "part of a military aid programme"
                    }
                }
            }
        }
        return false;
    }

    /** The trigger governs a phrase with this preposition (whose head has one of {@code lemmas}, when given). */
    record HasPreposition(String word, Set<String> lemmas) implements Condition {
        @Override
        public boolean possibleWith(Set<String> sentence) {
            // a preposition of several words is written with '_' ("because_of")
            return Arrays.stream(word.split("_")).allMatch(sentence::contains)
                    && (lemmas.isEmpty() || lemmas.stream().anyMatch(sentence::contains));
        }

        @Override
        public boolean holds(ParseTree tree, int i) {
            return new Slot.Preposition(word).fill(tree, null, i).stream()
                    .anyMatch(c -> lemmas.isEmpty() || lemmas.contains(tree.lemma(c)));
        }
    }

    /** The trigger has a clausal complement ({@code ccomp} or {@code xcomp}). */
    record HasComplement() implements Condition {
        @Override
        public boolean holds(ParseTree tree, int i) {
            return !tree.children(i, Set.of("ccomp", "xcomp")).isEmpty();
        }
    }

    /** The trigger's clausal complement has a modal or future auxiliary. */
    record ModalComplement() implements Condition {
        private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "shall", "'ll");

        @Override
        public boolean holds(ParseTree tree, int i) {
            return tree.children(i, Set.of("ccomp")).stream()
                    .anyMatch(c -> tree.hasChild(c, Set.of("aux"), MODALS));
        }
    }

    /** The trigger is a passive verb ("is expected to be called for May"). */
    record Passive() implements Condition {
        @Override
        public boolean holds(ParseTree tree, int i) {
            return tree.child(i, "aux:pass") >= 0 || tree.child(i, "nsubj:pass") >= 0;
        }
    }

    /**
     * The act is aimed at a thing said or decided rather than at someone or somewhere: the object (or the
     * "against"/"on" phrase) is no named entity, no pronoun, no noun naming an actor and no place or
     * target of force. Used for figurative senses: "airlines attacked the legislation" is criticism.
     */
    record ThingObject() implements Condition {
        private static final ActorNouns ACTORS = ActorNouns.defaults();
        private static final Set<String> TARGETS_OF_FORCE = Set.of("town", "city", "village", "position", "base",
                "target", "convoy", "ship", "vessel", "hospital", "school", "building", "infrastructure", "station",
                "plant", "facility", "area", "camp", "home", "house", "border", "checkpoint", "outpost", "airfield",
                "airport", "port", "bridge", "road", "street", "market", "mosque", "church", "office", "headquarters",
                "embassy", "territory", "region", "capital", "neighbourhood", "neighborhood", "district", "line",
                "front", "stronghold", "compound", "tank", "aircraft", "plane", "jet", "drone", "train", "bus", "car",
                "vehicle", "people", "crowd", "he", "she", "it", "they", "we", "him", "her", "them", "us", "me");

        @Override
        public boolean holds(ParseTree tree, int i) {
            List<Integer> objects = tree.children(i, Set.of("obj"));
            if (objects.isEmpty()) {
                objects = new Slot.Preposition("against").fill(tree, null, i);
            }
            if (objects.isEmpty()) {
                objects = new Slot.Preposition("on").fill(tree, null, i);
            }
            return !objects.isEmpty() && objects.stream().allMatch(o -> isThing(tree, o));
        }

        private static boolean isThing(ParseTree tree, int o) {
            String lemma = tree.lemma(o).toLowerCase(java.util.Locale.ROOT);
            return tree.isNoun(o) && tree.token(o).ner().equals("O") && !tree.pos(o).startsWith("NNP")
                    && !ACTORS.isActor(lemma, tree.word(o)) && !TARGETS_OF_FORCE.contains(lemma)
                    && tree.children(o, Set.of("nmod:poss")).stream().noneMatch(p -> tree.token(p).ner().equals("O")
                    && tree.pos(p).startsWith("NN") && TARGETS_OF_FORCE.contains(tree.lemma(p)));
        }
    }

    /** The opposite of another condition. */
    record Not(Condition inner) implements Condition {
        @Override
        public boolean holds(ParseTree tree, int i) {
            return !inner.holds(tree, i);
        }
    }
}
