package dev.herald.events;

import dev.herald.model.Event;
import dev.herald.model.EventType;
import dev.herald.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * REJECT events for cooperative acts denied in someone's words: "the Kremlin said there could be no
 * meeting between Putin and Zelensky" is also the Kremlin's rejection of a meeting with Zelensky.
 * Only denied acts between two named parties count. A cooperative act two parties failed to achieve
 * ("failed to reach agreement") is their rejection of it, each of the other. Stateless.
 */
final class Refusals {
    private static final Set<EventType> COOPERATIVE = Set.of(EventType.CONSULT, EventType.AGREE, EventType.SUPPORT,
            EventType.COOPERATE);
    private static final Set<String> SPEECH = Set.of("say", "tell", "insist", "state", "announce", "declare", "add",
            "stress", "warn", "claim", "write");

    private Refusals() {
    }

    /** {@return a REJECT for each denied cooperative act of {@code events} that someone is reported to deny} */
    static List<Event> of(CodingContext cx, List<Event> events) {
        List<Event> out = new ArrayList<>();
        ParseTree tree = cx.tree;
        for (Event e : events) {
            if (!e.negated() || !COOPERATIVE.contains(e.type()) || e.source().isEmpty() || e.target().isEmpty()) {
                continue;
            }
            int i = tokenAt(tree, e.trigger());
            int k = CodingContext.anchor(tree, i) >= 0 ? CodingContext.anchor(tree, i) : i;
            String cameo = e.type() == EventType.CONSULT ? "125" : "127";
            if (failed(tree, k)) {
                // "Palestinians and Israelis failed to reach agreement": the parties' own rejection, as coded
                out.add(new Event(e.trigger(), e.sentence(), EventType.REJECT, Optional.of("meet"), Optional.of(cameo),
                        e.source(), e.target(), e.date(), e.location(), false, false, e.claimant()));
                continue;
            }
            int speech = speechVerb(tree, k);
            if (speech < 0) {
                continue;
            }
            Optional<Event.Actor> speaker = Optional.empty();
            for (int v = speech, step = 0; v >= 0 && step < 3 && speaker.isEmpty(); v = tree.head(v), step++) {
                speaker = cx.actors(List.of(Slot.parse("subj")), v).stream().findFirst();
            }
            if (speaker.isEmpty()) {
                continue;
            }
            Optional<Event.Actor> other = pickOther(speaker.get(), e.source(), e.target());
            Optional<Event.Actor> by = speaker;
            if (out.stream().anyMatch(r -> r.trigger().equals(e.trigger()) && CodingContext.same(r.source(), by)
                    && CodingContext.same(r.target(), other))) {
                continue; // a mutual act is coded both ways; its denial is one rejection
            }
            out.add(new Event(e.trigger(), e.sentence(), EventType.REJECT, Optional.of("meet"), Optional.of(cameo),
                    speaker, other, e.date(), e.location(), false, false, e.claimant()));
        }
        return out;
    }

    /** {@return whether the clause {@code k} is what its subject failed to do ("failed to reach agreement")} */
    private static boolean failed(ParseTree tree, int k) {
        int h = tree.head(k);
        return h >= 0 && tree.relation(k).equals("xcomp") && tree.lemma(h).equals("fail");
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
            if (x.isPresent() && !CodingContext.same(Optional.of(speaker), x)
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
}
