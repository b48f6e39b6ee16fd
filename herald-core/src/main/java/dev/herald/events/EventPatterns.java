package dev.herald.events;

import dev.herald.model.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The trigger patterns, read from a pattern file (by default {@code patterns.txt} beside this
 * class). One pattern a line:
 *
 * <pre>
 * # trigger POS TYPE   MODE CAMEO [src=SLOTS] [tgt=SLOTS] [if=CONDITIONS] [sym] [need=tgt]
 * invade    V   FIGHT  -    190
 * talk      N   CONSULT -   046   src=gov,@between tgt=@with,@between sym
 * strike    N   FIGHT  -    195   if=mod:air|drone|missile
 * </pre>
 *
 * <p>{@code -} stands for no mode or no CAMEO code. Slots ({@link Slot}) default to {@code subj}
 * and {@code obj,objof} for verbs, and to {@code poss,amod,compound,@by,gov} and
 * {@code @of,@on,@against,@with,@to} for nouns. Conditions are {@link Condition}s. For one trigger,
 * the first line whose conditions hold applies, so specific lines come before general ones.
 * Immutable and thread-safe once read.
 */
public final class EventPatterns {
    private static final List<Slot> VERB_SOURCES = List.of(Slot.parse("subj"));
    private static final List<Slot> VERB_TARGETS = List.of(Slot.parse("obj"), Slot.parse("objof"));
    private static final List<Slot> NOUN_SOURCES = slots("poss,amod,compound,@by,gov");
    private static final List<Slot> NOUN_TARGETS = slots("@of,@on,@against,@with,@to");

    private final Map<String, List<EventPattern>> byTrigger;
    private final Optional<EventPatterns> fallback;

    private EventPatterns(Map<String, List<EventPattern>> byTrigger, Optional<EventPatterns> fallback) {
        this.byTrigger = byTrigger;
        this.fallback = fallback;
    }

    /**
     * {@return the patterns shipped with Herald: {@code patterns.txt}, then, for a trigger none of its lines
     * codes, CAMEO's verb dictionary converted from PETRARCH2 ({@code cameo-verbs.txt})}
     */
    public static EventPatterns defaults() {
        return resource("patterns.txt").withFallback(resource("cameo-verbs.txt"));
    }

    private static EventPatterns resource(String name) {
        try (InputStream in = EventPatterns.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from dev/herald/events on the class path");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return these patterns, then {@code other}'s for a trigger none of these codes} */
    public EventPatterns withFallback(EventPatterns other) {
        Objects.requireNonNull(other, "other");
        return new EventPatterns(byTrigger, Optional.of(fallback.map(f -> f.withFallback(other)).orElse(other)));
    }

    /** {@return the patterns of a pattern file} */
    public static EventPatterns read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return parse(lines, name);
    }

    /** {@return the patterns written in {@code lines}} */
    static EventPatterns parse(List<String> lines, String name) {
        Map<String, List<EventPattern>> map = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            try {
                EventPattern p = parseLine(line, n + 1);
                map.computeIfAbsent(key(p.lemma(), p.pos()), k -> new ArrayList<>()).add(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new EventPatterns(Map.copyOf(map), Optional.empty());
    }

    private static EventPattern parseLine(String line, int number) {
        String[] f = line.split("\\s+");
        if (f.length < 5) {
            throw new IllegalArgumentException("expected 'trigger POS TYPE MODE CAMEO [src=..] [tgt=..] [if=..] [sym]'");
        }
        EventPattern.Pos pos = EventPattern.Pos.valueOf(f[1]);
        EventType type;
        try {
            type = EventType.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + f[2] + "'", e);
        }
        List<Slot> sources = pos == EventPattern.Pos.N ? NOUN_SOURCES : VERB_SOURCES;
        List<Slot> targets = pos == EventPattern.Pos.N ? NOUN_TARGETS : VERB_TARGETS;
        List<Condition> conditions = new ArrayList<>();
        boolean symmetric = false;
        boolean needsTarget = false;
        boolean needsSource = false;
        for (int k = 5; k < f.length; k++) {
            String opt = f[k];
            if (opt.startsWith("src=")) {
                sources = slots(opt.substring(4));
            } else if (opt.startsWith("tgt=")) {
                targets = opt.equals("tgt=-") ? List.of() : slots(opt.substring(4));
            } else if (opt.startsWith("if=")) {
                for (String c : opt.substring(3).split(",")) {
                    conditions.add(Condition.parse(c));
                }
            } else if (opt.equals("sym")) {
                symmetric = true;
            } else if (opt.equals("need=tgt")) {
                needsTarget = true;
            } else if (opt.equals("need=both")) {
                needsTarget = true;
                needsSource = true;
            } else {
                throw new IllegalArgumentException("unknown option '" + opt + "'");
            }
        }
        return new EventPattern(f[0].toLowerCase(Locale.ROOT), pos, type, optional(f[3]), optional(f[4]), sources,
                targets, conditions, symmetric, needsTarget, needsSource, number);
    }

    private static Optional<String> optional(String field) {
        return field.equals("-") ? Optional.empty() : Optional.of(field);
    }

    private static List<Slot> slots(String spec) {
        List<Slot> out = new ArrayList<>();
        for (String s : spec.split(",")) {
            out.add(Slot.parse(s));
        }
        return out;
    }

    private static String key(String lemma, EventPattern.Pos pos) {
        return lemma + "/" + pos;
    }

    /**
     * {@return whether an event may be coded from a word with this lemma and Penn Treebank tag once its sentence
     * is parsed: whether a line here or in the fallback has it as trigger, asks for no word (in its
     * conditions) that the sentence's {@code lemmas} (lower case) lack, and finds in the sentence the actors it
     * needs: {@code actorWords} words that can name an actor, at least one for a line that needs a target, two
     * for a line that needs a source as well (as CAMEO's lines do), unless the source can be the speaker of a
     * quotation ({@code spoken}: a verb of a speech act)}
     */
    public boolean mayTrigger(String lemma, String tag, Set<String> lemmas, int actorWords) {
        Optional<EventPattern.Pos> pos = EventPattern.Pos.of(tag);
        if (pos.isEmpty()) {
            return false;
        }
        for (EventPattern p : byTrigger.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), pos.get()), List.of())) {
            int needed = (p.needsTarget() ? 1 : 0) + (p.needsSource() && !(spoken(p.type()) && pos.get() == EventPattern.Pos.V) ? 1 : 0);
            if (p.possibleWith(lemmas) && actorWords >= needed) {
                return true;
            }
        }
        return fallback.map(f -> f.mayTrigger(lemma, tag, lemmas, actorWords)).orElse(false);
    }

    /** Acts done by speaking, whose source may be the speaker of a quotation the sentence is in or names. */
    static boolean spoken(EventType type) {
        return SPEECH_ACTS.contains(type);
    }

    private static final Set<EventType> SPEECH_ACTS = Set.of(EventType.DISAPPROVE, EventType.DEMAND,
            EventType.THREATEN, EventType.REJECT, EventType.SUPPORT, EventType.AGREE);

    /** {@return the first pattern for the trigger at {@code i} whose conditions hold} */
    Optional<EventPattern> match(ParseTree tree, int i) {
        Optional<EventPattern.Pos> pos = EventPattern.Pos.of(tree.pos(i));
        if (pos.isEmpty()) {
            return Optional.empty();
        }
        for (EventPattern p : byTrigger.getOrDefault(key(tree.lemma(i), pos.get()), List.of())) {
            if (p.matches(tree, i)) {
                return Optional.of(p);
            }
        }
        return fallback.flatMap(f -> f.match(tree, i));
    }

    /** {@return the one pattern these patterns hold, for a pattern written in code} */
    EventPattern single() {
        if (size() != 1) {
            throw new IllegalStateException("expected one pattern, got " + size());
        }
        return byTrigger.values().iterator().next().get(0);
    }

    /** {@return the event types the patterns code} */
    public java.util.Set<EventType> types() {
        java.util.Set<EventType> out = java.util.EnumSet.noneOf(EventType.class);
        byTrigger.values().forEach(ps -> ps.forEach(p -> out.add(p.type())));
        fallback.ifPresent(f -> out.addAll(f.types()));
        return out;
    }

    /** {@return how many patterns there are} */
    public int size() {
        return byTrigger.values().stream().mapToInt(List::size).sum() + fallback.map(EventPatterns::size).orElse(0);
    }
}
