package dev.herald.events;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.EventType;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes events from dependency parses: every token whose lemma and parse match a line of the pattern
 * file ({@link EventPatterns}) is a trigger; its source and target are found in the slots the line
 * names and turned into actors ({@link ActorFinder}); each event gets its negation and
 * hypothetical flags ({@link Modality}), its date ({@link EventDater}), a location where a place
 * entity is stated with "in", "at" or "near", and, inside a quotation, the quotation's speaker as
 * claimant. An act embedded under a promise, demand, threat or refusal ("threatened to attack") is
 * coded once, as the promise, demand, threat or refusal. A cooperative act denied in someone's words
 * ("saying there could be no meeting") is also coded as that speaker's REJECT.
 *
 * <p>Requires {@code tokens}, {@code sentences}, {@code entities} and {@code dependencies}; reads
 * {@code quotes} and {@code dates} when an earlier stage set them. Provides {@code events}. Options:
 * {@link EventConfig}. Thread-safe: the patterns are immutable and each call builds its own indexes.
 */
public final class EventCoder implements Stage {
    private static final Set<EventType> EMBEDDING = Set.of(EventType.AGREE, EventType.DEMAND, EventType.THREATEN,
            EventType.REJECT);
    private static final Set<String> EMBEDDED_RELATIONS = Set.of("xcomp", "ccomp", "obj", "nsubj:pass", "obl", "nmod",
            "conj", "acl", "csubj");
    private static final Set<EventType> COOPERATIVE = Set.of(EventType.CONSULT, EventType.AGREE, EventType.SUPPORT,
            EventType.COOPERATE);
    private static final Set<String> SPEECH = Set.of("say", "tell", "insist", "state", "announce", "declare", "add",
            "stress", "warn", "claim", "write");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside");

    private final EventConfig config;
    private final ActorNouns nouns = ActorNouns.defaults();

    public EventCoder(EventConfig config) {
        this.config = config;
    }

    public EventCoder() {
        this(EventConfig.defaults());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Article apply(Article article) {
        ParseTree tree = new ParseTree(article.get(Layer.TOKENS), article.get(Layer.DEPENDENCIES));
        Subjects subjects = new Subjects(tree);
        Context cx = new Context(article, tree, subjects,
                new ActorFinder(article.text(), tree, subjects, nouns, article.get(Layer.ENTITIES),
                        article.get(Layer.QUOTES)),
                new Modality(tree),
                new EventDater(tree, article.get(Layer.DATES), article.metadata().published()));
        Map<Integer, EventPattern> triggers = new LinkedHashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            int at = i;
            if (tree.token(i).ner().equals("O") && !modifierOrPredicate(tree, i)) {
                config.patterns().match(tree, i).ifPresent(p -> triggers.put(at, p));
            }
        }
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Integer, EventPattern> t : triggers.entrySet()) {
            if (!embedded(tree, triggers, t.getKey()) && !doubles(tree, triggers, t.getKey())) {
                events.addAll(code(cx, t.getKey(), t.getValue()));
            }
        }
        events.addAll(refusals(cx, events));
        List<Event> resolved = inheritTargets(events);
        resolved.sort(Comparator.comparing(Event::trigger));
        return article.with(Layer.EVENTS, resolved);
    }

    /** Whether the trigger at {@code i} stands inside the complement of a promise, demand, threat or refusal. */
    private static boolean embedded(ParseTree tree, Map<Integer, EventPattern> triggers, int i) {
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
    private static boolean modifierOrPredicate(ParseTree tree, int i) {
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
    private static boolean doubles(ParseTree tree, Map<Integer, EventPattern> triggers, int i) {
        int h = tree.head(i);
        EventPattern above = h < 0 ? null : triggers.get(h);
        if (above == null || above.type() != triggers.get(i).type()) {
            return false;
        }
        String rel = tree.relation(i);
        return (tree.isNoun(i) && (rel.equals("obj") || rel.equals("nsubj:pass")))
                || (tree.isVerb(i) && (rel.equals("xcomp") || rel.equals("advcl")));
    }

    private List<Event> code(Context cx, int i, EventPattern p) {
        List<Event.Actor> sources = actors(cx, p.sources(), i);
        List<Event.Actor> targets = actors(cx, p.targets(), i);
        if ((sources.isEmpty() && targets.isEmpty() && !config.keepActorless()) || (p.needsTarget() && targets.isEmpty())) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        if (p.symmetric()) {
            Optional<Event.Actor> first = sources.stream().findFirst();
            Optional<Event.Actor> s = first;
            Optional<Event.Actor> t = targets.stream().filter(x -> !same(first, Optional.of(x))).findFirst();
            if (t.isEmpty() && sources.size() >= 2) {
                t = Optional.of(sources.get(1));
            }
            if (s.isEmpty() && t.isPresent() && targets.size() >= 2) {
                s = t;
                t = Optional.of(targets.get(1));
            }
            out.add(event(cx, i, p, s, t));
            return out;
        }
        List<Optional<Event.Actor>> ss = sources.isEmpty() ? List.of(Optional.empty())
                : sources.stream().map(Optional::of).toList();
        List<Optional<Event.Actor>> ts = targets.isEmpty() ? List.of(Optional.empty())
                : targets.stream().map(Optional::of).toList();
        for (Optional<Event.Actor> s : ss) {
            for (Optional<Event.Actor> t : ts) {
                if (out.size() < config.maxPerTrigger()) {
                    out.add(event(cx, i, p, s, same(s, t) ? Optional.empty() : t));
                }
            }
        }
        return out;
    }

    private Event event(Context cx, int i, EventPattern p, Optional<Event.Actor> source, Optional<Event.Actor> target) {
        ParseTree tree = cx.tree;
        Span trigger = triggerSpan(tree, i);
        Sentence sentence = cx.article.get(Layer.SENTENCES).get(tree.token(i).sentence());
        int anchor = anchor(tree, i);
        return new Event(trigger, sentence.span(), p.type(), p.mode(), p.cameo(), source, target,
                cx.dater.date(i, anchor), location(cx, i, anchor, source, target), cx.modality.negated(i),
                cx.modality.hypothetical(i), claimant(cx.article.get(Layer.QUOTES), trigger));
    }

    /** The trigger word with its particle ("walked out", "cut off"). */
    private static Span triggerSpan(ParseTree tree, int i) {
        Span span = tree.token(i).span();
        for (int c : tree.children(i)) {
            if (tree.relation(c).equals("compound:prt") && c > i && c <= i + 3) {
                span = new Span(span.start(), tree.token(c).span().end());
            }
        }
        return span;
    }

    /** The verb a noun trigger is the object of ("held talks"), or -1. */
    private static int anchor(ParseTree tree, int i) {
        int h = tree.head(i);
        if (tree.isNoun(i) && h >= 0 && tree.isVerb(h) && (tree.relation(i).equals("obj")
                || tree.relation(i).startsWith("nsubj"))) {
            return h;
        }
        return -1;
    }

    private static List<Event.Actor> actors(Context cx, List<Slot> slots, int i) {
        for (Slot slot : slots) {
            List<Event.Actor> found = new ArrayList<>();
            for (int head : slot.fill(cx.tree, cx.subjects, i)) {
                List<Integer> heads = new ArrayList<>(cx.tree.conjuncts(head));
                for (int c : cx.tree.children(head)) {
                    // "the ambassadors of France, Germany and Italy": one actor per country
                    if (cx.tree.preposition(c).equals("of") && cx.entityAt(head).isEmpty()) {
                        heads.addAll(cx.tree.conjuncts(c).subList(1, cx.tree.conjuncts(c).size()));
                    }
                }
                for (int c : heads) {
                    cx.finder.actor(c).filter(a -> found.stream().noneMatch(f -> same(Optional.of(f), Optional.of(a))))
                            .ifPresent(found::add);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static boolean same(Optional<Event.Actor> a, Optional<Event.Actor> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.get().entity().isPresent() && b.get().entity().isPresent()) {
            return a.get().entity().equals(b.get().entity()) && a.get().name().equals(b.get().name());
        }
        return a.get().name().equalsIgnoreCase(b.get().name());
    }

    private static Optional<String> location(Context cx, int i, int anchor, Optional<Event.Actor> source,
                                             Optional<Event.Actor> target) {
        ParseTree tree = cx.tree;
        for (int k : anchor >= 0 ? List.of(i, anchor) : List.of(i)) {
            for (int c : tree.children(k)) {
                String base = tree.baseRelation(c);
                if ((base.equals("obl") || base.equals("nmod")) && LOCATIVE.contains(tree.preposition(c))) {
                    Optional<Entity> e = cx.entityAt(c);
                    if (e.isPresent() && e.get().type() == EntityType.LOCATION
                            && source.flatMap(Event.Actor::entity).filter(id -> id.equals(e.get().id())).isEmpty()
                            && target.flatMap(Event.Actor::entity).filter(id -> id.equals(e.get().id())).isEmpty()) {
                        return Optional.of(e.get().id());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Speaker> claimant(List<Quote> quotes, Span trigger) {
        for (Quote q : quotes) {
            if (q.span().contains(trigger)) {
                return q.speaker();
            }
        }
        return Optional.empty();
    }

    /** REJECT events for cooperative acts denied in someone's words: "saying there could be no meeting". */
    private List<Event> refusals(Context cx, List<Event> events) {
        List<Event> out = new ArrayList<>();
        ParseTree tree = cx.tree;
        for (Event e : events) {
            if (!e.negated() || !COOPERATIVE.contains(e.type()) || e.source().isEmpty() || e.target().isEmpty()) {
                continue;
            }
            int i = tokenAt(tree, e.trigger());
            int k = anchor(tree, i) >= 0 ? anchor(tree, i) : i;
            int speech = speechVerb(tree, k);
            if (speech < 0) {
                continue;
            }
            Optional<Event.Actor> speaker = Optional.empty();
            for (int v = speech, step = 0; v >= 0 && step < 3 && speaker.isEmpty(); v = tree.head(v), step++) {
                speaker = actors(cx, List.of(Slot.parse("subj")), v).stream().findFirst();
            }
            if (speaker.isEmpty()) {
                continue;
            }
            Optional<Event.Actor> other = pickOther(speaker.get(), e.source(), e.target());
            String cameo = e.type() == EventType.CONSULT ? "125" : "127";
            out.add(new Event(e.trigger(), e.sentence(), EventType.REJECT, Optional.of("meet"), Optional.of(cameo),
                    speaker, other, e.date(), e.location(), false, false, e.claimant()));
        }
        return out;
    }

    /**
     * The speech verb whose words a clause is: its head by {@code ccomp} ("said there would be no talks"), or, as
     * parsers often attach "..., saying there could be no meeting", a participle hanging on the clause itself.
     */
    private static int speechVerb(ParseTree tree, int k) {
        int h = tree.head(k);
        if (h >= 0 && (tree.relation(k).equals("ccomp") || tree.relation(k).equals("parataxis"))
                && SPEECH.contains(tree.lemma(h))) {
            return h;
        }
        for (int c : tree.children(k)) {
            if (tree.pos(c).equals("VBG") && SPEECH.contains(tree.lemma(c))) {
                return h >= 0 ? h : c;
            }
        }
        return -1;
    }

    private static Optional<Event.Actor> pickOther(Event.Actor speaker, Optional<Event.Actor> a,
                                                   Optional<Event.Actor> b) {
        for (Optional<Event.Actor> x : List.of(b, a)) {
            if (x.isPresent() && !same(Optional.of(speaker), x)
                    && (speaker.country().isEmpty() || !speaker.country().equals(x.get().country()))) {
                return x;
            }
        }
        return b.isPresent() ? b : a;
    }

    private static int tokenAt(ParseTree tree, Span span) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.token(i).span().start() == span.start()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A noun trigger whose target the text leaves out ("Putin's invasion last month") takes the target of the
     * latest earlier event of the same type whose source is of the same country.
     */
    private static List<Event> inheritTargets(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::trigger));
        List<Event> out = new ArrayList<>();
        for (Event e : sorted) {
            Event done = e;
            Optional<String> country = e.source().flatMap(Event.Actor::country);
            if (e.target().isEmpty() && country.isPresent()) {
                for (int k = out.size() - 1; k >= 0; k--) {
                    Event prior = out.get(k);
                    if (prior.type() == e.type() && prior.target().isPresent()
                            && prior.source().flatMap(Event.Actor::country).equals(country)
                            && !prior.target().flatMap(Event.Actor::country).equals(country)) {
                        done = withTarget(e, prior.target());
                        break;
                    }
                }
            }
            out.add(done);
        }
        return out;
    }

    private static Event withTarget(Event e, Optional<Event.Actor> target) {
        return new Event(e.trigger(), e.sentence(), e.type(), e.mode(), e.cameo(), e.source(), target, e.date(),
                e.location(), e.negated(), e.hypothetical(), e.claimant());
    }

    /** What coding one article needs, built once per call. */
    private static final class Context {
        final Article article;
        final ParseTree tree;
        final Subjects subjects;
        final ActorFinder finder;
        final Modality modality;
        final EventDater dater;
        private final Map<Integer, Entity> entityAt = new java.util.HashMap<>();

        Context(Article article, ParseTree tree, Subjects subjects, ActorFinder finder, Modality modality,
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
    }
}
