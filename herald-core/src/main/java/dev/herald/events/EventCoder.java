package dev.herald.events;

import dev.herald.lexicon.Lexicon;
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
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * {@code quotes}, {@code dates} and {@code metonyms} when an earlier stage set them. Provides {@code events}. Options:
 * {@link EventConfig}. Thread-safe: the patterns are immutable and each call builds its own indexes.
 */
public final class EventCoder implements Stage {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside");

    private final EventConfig config;
    private final ActorNouns nouns = ActorNouns.defaults();
    private final ActorPronouns pronouns;

    /** Builds a coder whose pronouns are those of {@code lexicon}. */
    public EventCoder(EventConfig config, Lexicon lexicon) {
        this.config = config;
        this.pronouns = ActorPronouns.of(lexicon);
    }

    /** Builds a coder with the bundled lexicon. */
    public EventCoder(EventConfig config) {
        this(config, Lexicon.bundled());
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
        CodingContext cx = new CodingContext(article, tree, subjects,
                new ActorFinder(article.text(), tree, subjects, nouns, pronouns, article.get(Layer.ENTITIES),
                        article.get(Layer.QUOTES), article.get(Layer.METONYMS)),
                new Modality(tree),
                new EventDater(tree, article.get(Layer.DATES), article.metadata().published()));
        Map<Integer, EventPattern> triggers = new LinkedHashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            int at = i;
            if (tree.token(i).ner().equals("O") && !tree.pos(i).startsWith("NNP")
                    && !TriggerFilter.modifierOrPredicate(tree, i)) {
                config.patterns().match(tree, i).ifPresent(p -> triggers.put(at, p));
            }
        }
        Obligations.mark(tree, triggers);
        triggers.keySet().removeIf(List.copyOf(triggers.keySet()).stream()
                .filter(i -> TriggerFilter.yieldsToObject(tree, triggers, i)).toList()::contains);
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Integer, EventPattern> t : triggers.entrySet()) {
            if (!TriggerFilter.embedded(tree, triggers, t.getKey()) && !TriggerFilter.doubles(tree, triggers, t.getKey())) {
                events.addAll(code(cx, t.getKey(), t.getValue()));
            }
        }
        events.addAll(Refusals.of(cx, events));
        List<Event> resolved = inheritTargets(protestTargets(events, article.get(Layer.ENTITIES)));
        resolved.sort(Comparator.comparing(Event::trigger));
        return article.with(Layer.EVENTS, resolved);
    }

    /**
     * {@return whether an event may be coded in this sentence (its tokens, before parsing): whether a word of
     * it outside names has a pattern line whose conditions ask for no word the sentence lacks and whose actors,
     * where it needs them, the sentence has words for, or it says what someone must do; the other sentences
     * need no parse}
     */
    public boolean worthParsing(List<Token> sentence) {
        Set<String> lemmas = new HashSet<>();
        int actorWords = 0;
        for (int k = 0; k < sentence.size(); k++) {
            Token t = sentence.get(k);
            lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
            actorWords += mayNameActor(t, k == 0) ? 1 : 0;
        }
        for (Token t : sentence) {
            if (t.ner().equals("O") && !t.pos().startsWith("NNP")
                    && config.patterns().mayTrigger(t.lemma(), t.pos(), lemmas, actorWords)) {
                return true;
            }
        }
        return Obligations.possibleWith(lemmas); // "declared that China must drop barriers"
    }

    /**
     * Whether a word can name an actor, judged before parsing and on the generous side: a name (tagged, a proper
     * noun or capitalised past the sentence's first word: "Israeli"), a pronoun, or a noun of the actor nouns
     * ("police", "ministers"). A line that needs a target codes nothing in a sentence with no such word, one
     * that needs a source and a target nothing where there is only one.
     */
    private boolean mayNameActor(Token t, boolean first) {
        String w = t.word();
        return !t.ner().equals("O") || t.pos().startsWith("NNP") || t.pos().startsWith("PRP")
                || !first && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                || t.pos().startsWith("NN") && nouns.isActor(t.lemma(), w);
    }

    private List<Event> code(CodingContext cx, int i, EventPattern p) {
        List<Event.Actor> sources = cx.actors(p.sources(), i);
        if (sources.isEmpty() && EventPatterns.spoken(p.type()) && cx.tree.isVerb(i)) {
            // "'It is a disgrace,' the minister said, condemning the ruling": the quote's speaker speaks
            sources = cx.finder.speakerOfSentence(i).stream().toList();
        }
        List<Event.Actor> targets = cx.actors(p.targets(), i);
        boolean deeper = !p.targets().isEmpty()
                && (!p.symmetric() || (p.type() == EventType.AGREE && sources.size() < 2));
        List<Event.Actor> from = sources;
        if (deeper && targets.stream().allMatch(t -> forcesSent(t) || noOne(t) || ownForces(t, from))) {
            // no one where the pattern looks, only the troops an act moves ("ready to send troops to Liberia",
            // "withdraw its troops from Lebanon") or a thing ("shelled positions of the security forces"):
            // whom the act is done to may stand deeper in the clause
            List<Event.Actor> named = cx.fallbackTargets(i, sources);
            if (targets.isEmpty() || named.stream().anyMatch(t -> t.entity().isPresent())) {
                targets = named.isEmpty() ? targets : named;
            }
        }
        if (targets.isEmpty() && (p.type() == EventType.THREATEN || cx.modality.unless(i))) {
            // "threatened to stop the talks if the United States deploys missiles": the threat is to the party
            // whose act is the condition
            targets = cx.conditionParty(i, sources);
        }
        if (p.needsSource()) {
            targets = targets.stream().filter(t -> from.stream().noneMatch(s -> CodingContext.same(Optional.of(s),
                    Optional.of(t)))).toList(); // "ensure its security": no act of an actor on itself
        }
        if ((sources.isEmpty() && targets.isEmpty() && !config.keepActorless()) || (p.needsTarget() && targets.isEmpty()
                && !(p.symmetric() && sources.size() >= 2)) || (p.needsSource() && sources.isEmpty())) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        if (p.symmetric()) {
            Optional<Event.Actor> first = sources.stream().findFirst();
            Optional<Event.Actor> s = first;
            Optional<Event.Actor> t = targets.stream().filter(x -> !CodingContext.same(first, Optional.of(x))).findFirst();
            if (t.isEmpty() && sources.size() >= 2) {
                t = Optional.of(sources.get(1));
            }
            if (s.isEmpty() && t.isPresent() && targets.size() >= 2) {
                s = t;
                t = Optional.of(targets.get(1));
            }
            out.add(event(cx, i, p, s, t));
            if (s.isPresent() && t.isPresent() && (p.type() != EventType.AGREE || sources.size() >= 2)) {
                // PLOVER codes a mutual act both ways; "agreed to cooperate with X" is one party's agreement
                out.add(event(cx, i, p, t, s));
            }
            return out;
        }
        List<Optional<Event.Actor>> ss = sources.isEmpty() ? List.of(Optional.empty())
                : sources.stream().map(Optional::of).toList();
        List<Optional<Event.Actor>> ts = targets.isEmpty() ? List.of(Optional.empty())
                : targets.stream().map(Optional::of).toList();
        for (Optional<Event.Actor> s : ss) {
            for (Optional<Event.Actor> t : ts) {
                if (out.size() < config.maxPerTrigger()) {
                    out.add(event(cx, i, p, s, CodingContext.same(s, t) ? Optional.empty() : t));
                }
            }
        }
        return out;
    }

    /** A thing rather than an actor: a common noun of no sector, no entity ("positions", "homes"). */
    private static boolean noOne(Event.Actor a) {
        return a.entity().isEmpty() && a.sector().isEmpty();
    }

    /** The source's own forces ("Syria ... withdraw its troops"): what the act moves, not whom it is done to. */
    private static boolean ownForces(Event.Actor a, List<Event.Actor> sources) {
        return a.sector().filter(s -> s.equals("MIL")).isPresent() && a.entity().isPresent()
                && sources.stream().anyMatch(s -> s.entity().equals(a.entity()));
    }

    /** Unnamed forces ("troops", "peacekeepers"), which an act of sending or withdrawing moves rather than targets. */
    private static boolean forcesSent(Event.Actor a) {
        return a.entity().isEmpty() && a.sector().filter(s -> s.equals("MIL")).isPresent();
    }

    private Event event(CodingContext cx, int i, EventPattern p, Optional<Event.Actor> source, Optional<Event.Actor> target) {
        ParseTree tree = cx.tree;
        Span trigger = triggerSpan(tree, i);
        Sentence sentence = cx.article.get(Layer.SENTENCES).get(tree.token(i).sentence());
        int anchor = CodingContext.anchor(tree, i);
        boolean negated = cx.modality.negated(i);
        PloverRules.Coding c = PloverRules.code(p, cx.modality.future(i), negated, cx.modality.hypothetical(i),
                cx.modality.unless(i));
        return new Event(trigger, sentence.span(), c.type(), c.mode(), c.cameo(), source, target,
                cx.dater.date(i, anchor), location(cx, i, anchor, source, target), negated,
                c.hypothetical(), claimant(cx.article.get(Layer.QUOTES), trigger));
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

    private static Optional<String> location(CodingContext cx, int i, int anchor, Optional<Event.Actor> source,
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

    /**
     * A protest is against whom its demand is made of: "students staged demonstrations to demand the resignation
     * of the president", "Kurds demonstrated in Kirkuk calling for independence from Iraq". A protest with no
     * target, or only the place it was held in, takes the target of a demand of the same sentence made by the
     * same protesters (or by no one named).
     */
    private static List<Event> protestTargets(List<Event> events, List<Entity> entities) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event done = e;
            if (e.type() == EventType.PROTEST && e.target().map(t -> isPlace(t, entities)).orElse(true)) {
                for (Event d : events) {
                    if (d.type() == EventType.DEMAND && d.sentence().equals(e.sentence()) && d.target().isPresent()
                            && (d.source().isEmpty() || CodingContext.same(d.source(), e.source()))) {
                        done = withTarget(e, d.target());
                        break;
                    }
                }
            }
            out.add(done);
        }
        return out;
    }

    /** A place named as such, not standing for its government ("in Kirkuk", not "Moscow warned"). */
    private static boolean isPlace(Event.Actor a, List<Entity> entities) {
        return a.sector().isEmpty() && a.entity().flatMap(id -> entities.stream().filter(x -> x.id().equals(id))
                .findFirst()).filter(x -> x.type() == EntityType.LOCATION).isPresent();
    }

    private static Event withTarget(Event e, Optional<Event.Actor> target) {
        return new Event(e.trigger(), e.sentence(), e.type(), e.mode(), e.cameo(), e.source(), target, e.date(),
                e.location(), e.negated(), e.hypothetical(), e.claimant());
    }

}
