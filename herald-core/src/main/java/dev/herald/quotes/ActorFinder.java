package dev.herald.quotes;

import dev.herald.model.EntityType;
import dev.herald.model.Mention;
import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds every expression of an article that may speak ({@link Actor}): NER names of people, bodies and
 * places, people named with an honorific ("Ms Truss", even when NER missed them), subject pronouns,
 * unnamed sources ("a UK Government source"), spokespeople of a named body ("an RSPCA spokesman") and
 * office titles ("the Foreign Secretary"). Stateless and thread-safe.
 */
final class ActorFinder {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "another", "two", "three",
            "several", "some", "many", "other", "its", "his", "her", "their");
    private static final Set<String> BODIES = Set.of("party", "company", "firm", "bank", "group", "union",
            "council", "ministry", "department", "agency", "club", "organisation", "organization", "association",
            "government", "regulator", "commission", "authority", "board", "committee", "campaign", "charity",
            "newspaper", "paper", "magazine", "publication", "broadcaster", "network", "channel");
    private static final Set<String> LINKS = Set.of("for", "of", "at", "from");

    private final Lexicon lexicon;

    ActorFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@return the actors of the text, in text order; no two overlap} */
    List<Actor> find(String text, Words words, List<Mention> mentions, List<Token> tokens) {
        Found found = new Found();
        honorificPersons(text, words, mentions).forEach(found::add);
        for (Mention m : joinQualifiers(text, mentions)) {
            Actor.Kind kind = switch (m.type()) {
                case PERSON -> Actor.Kind.PERSON;
                case ORGANIZATION -> Actor.Kind.ORGANIZATION;
                case LOCATION -> Actor.Kind.PLACE;
                default -> null;
            };
            if (kind != null && !found.overlaps(m.span())) {
                found.add(new Actor(m.span(), kind, m.text(), m.span(), genderOfName(m.text())));
            }
        }
        for (Actor a : namesBeforeCues(text, words)) {
            if (!found.overlaps(a.span())) {
                found.add(a);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            Optional<Actor> a = lexicon.subjectPronoun(w.lower()).isPresent() ? Optional.of(pronoun(w))
                    : described(words, i, tokens).isPresent() ? described(words, i, tokens)
                    : lexicon.isAnonymousNoun(w.lower()) ? Optional.of(source(text, words, i, found, tokens))
                    : nounBeforeCue(words, i, tokens) ? Optional.of(asDescription(source(text, words, i, found, tokens)))
                            .filter(d -> !found.overlaps(d.span()))
                    : Optional.empty();
            if (a.isPresent() && (a.get().kind() == Actor.Kind.ANONYMOUS || a.get().kind() == Actor.Kind.SPOKESPERSON
                    || a.get().kind() == Actor.Kind.DESCRIPTION)) {
                Span s = a.get().span();
                found.removeNonPersonsWithin(s);
            }
            a.filter(x -> !found.overlaps(x.span())).ifPresent(found::add);
        }
        List<Actor> actors = found.inOrderAdded();
        actors.sort(Comparator.comparing(Actor::span));
        return actors;
    }

    /**
     * The actors found so far, in the order added, with an index by start: every word asks whether a
     * new actor overlaps one found, and a scan of the list each time makes a long text quadratic.
     */
    private static final class Found {
        private final List<Actor> added = new ArrayList<>();
        private final BitSet removed = new BitSet();
        /** The indexes in {@link #added} of the actors by start. */
        private final TreeMap<Integer, List<Integer>> byStart = new TreeMap<>();
        /** The greatest length of an actor added: one overlapping a span starts at most this far before it. */
        private int longest;

        void add(Actor a) {
            byStart.computeIfAbsent(a.span().start(), k -> new ArrayList<>()).add(added.size());
            added.add(a);
            longest = Math.max(longest, a.span().length());
        }

        /** {@return the indexes of the actors present whose start lies in {@code [from, to]}, in the order added} */
        private List<Integer> startingIn(int from, int to) {
            List<Integer> found = new ArrayList<>();
            if (from <= to) {
                for (List<Integer> at : byStart.subMap(from, true, to, true).values()) {
                    for (int i : at) {
                        if (!removed.get(i)) {
                            found.add(i);
                        }
                    }
                }
            }
            found.sort(null);
            return found;
        }

        /** {@return whether an actor present overlaps {@code s}, as {@link Span#overlaps}} */
        boolean overlaps(Span s) {
            return startingIn(s.start() - longest, s.end() - 1).stream().anyMatch(i -> added.get(i).span().overlaps(s));
        }

        /** Removes the actors within {@code s} that are no person (a description takes their place). */
        void removeNonPersonsWithin(Span s) {
            for (int i : startingIn(s.start(), s.end())) {
                Actor f = added.get(i);
                if (s.contains(f.span()) && f.kind() != Actor.Kind.PERSON) {
                    removed.set(i);
                }
            }
        }

        /** {@return the first body added, and present, that starts in {@code [from, to]} or at {@code at}} */
        Optional<Actor> firstBody(int from, int to, int at, Predicate<Actor> ok) {
            List<Integer> candidates = new ArrayList<>(startingIn(from, to));
            candidates.addAll(startingIn(at, at));
            return candidates.stream().sorted().map(added::get)
                    .filter(a -> a.kind() == Actor.Kind.ORGANIZATION && ok.test(a)).findFirst();
        }

        /**
         * {@return a body whose name starts before {@code s} and ends inside it: "a Department for
         * Constitutional Affairs spokeswoman", where the modifiers before the noun stop at "for"}
         */
        Optional<Actor> bodyReachingInto(Span s) {
            return startingIn(s.start() - longest, s.start() - 1).stream().map(added::get)
                    .filter(a -> a.kind() == Actor.Kind.ORGANIZATION && a.span().end() > s.start() && a.span().end() <= s.end())
                    .findFirst();
        }

        List<Actor> inOrderAdded() {
            List<Actor> present = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                if (!removed.get(i)) {
                    present.add(added.get(i));
                }
            }
            return present;
        }
    }

    /**
     * {@return the mentions with a place or nationality written right before a body joined to it: NER
     * often splits "UK Independence Party" or "British Chambers of Commerce"}
     */
    private static List<Mention> joinQualifiers(String text, List<Mention> mentions) {
        List<Mention> joined = new ArrayList<>();
        for (Mention m : mentions) {
            Mention prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (prev != null && m.type() == EntityType.ORGANIZATION && prev.type() != EntityType.PERSON
                    && prev.type() != EntityType.ORGANIZATION && m.span().start() - prev.span().end() == 1
                    && text.charAt(prev.span().end()) == ' ') {
                Span span = new Span(prev.span().start(), m.span().end());
                joined.set(joined.size() - 1, new Mention(span, span.of(text), EntityType.ORGANIZATION, m.kind()));
            } else {
                joined.add(m);
            }
        }
        return joined;
    }

    private Actor pronoun(Words.Word w) {
        Lexicon.Gender g = lexicon.subjectPronoun(w.lower()).orElse(Lexicon.Gender.UNKNOWN);
        return new Actor(w.span(), Actor.Kind.PRONOUN, w.lower(), w.span(), g);
    }

    /**
     * "Blunt said", "Okafor added": one to three capitalized words right before a cue verb, that are no
     * pronoun, title, description or sentence opener, name a person even when NER missed them.
     */
    private List<Actor> namesBeforeCues(String text, Words words) {
        List<Actor> found = new ArrayList<>();
        for (int cue = 1; cue < words.size(); cue++) {
            if (lexicon.cueBase(words.get(cue).text()).isEmpty() || words.get(cue).isCapitalized()) {
                continue;
            }
            int first = cue;
            while (first > 0 && cue - first < 3 && isNameWord(words.get(first - 1))) {
                first--;
            }
            if (first == cue || (first > 0 && words.get(first - 1).text().equals(".") && first == cue - 1)) {
                continue;
            }
            Span name = new Span(words.get(first).span().start(), words.get(cue - 1).span().end());
            found.add(new Actor(name, Actor.Kind.PERSON, name.of(text), name, genderOfName(name.of(text))));
        }
        return found;
    }

    private boolean isNameWord(Words.Word w) {
        String l = w.lower();
        return w.isCapitalized() && !w.isPunct() && !DETERMINERS.contains(l) && lexicon.subjectPronoun(l).isEmpty()
                && !NOT_NAMES.contains(l) && lexicon.honorific(l).isEmpty() && !lexicon.isAnonymousNoun(l)
                && lexicon.personNoun(l).isEmpty() && !lexicon.isTitle(l) && !BODIES.contains(l)
                && lexicon.cueBase(l).isEmpty();
    }

    private static final Set<String> NOT_NAMES = Set.of("this", "that", "there", "we", "i", "you", "who", "which",
            "what", "but", "and", "so", "yet", "also", "then", "when", "as", "if", "police", "officials", "reports",
            "critics", "experts", "analysts", "sources", "many", "others", "some", "most", "all", "both", "each");

    /** "Mr Blair", "Sir Digby Jones", "President Zelensky": an honorific and capitalized names. */
    private List<Actor> honorificPersons(String text, Words words, List<Mention> mentions) {
        List<Actor> found = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            Optional<Lexicon.Gender> g = words.get(i).isCapitalized() ? lexicon.honorific(words.get(i).text()) : Optional.empty();
            if (g.isEmpty()) {
                continue;
            }
            int j = i + 1;
            if (words.get(j).text().equals(".")) {
                j++;
            }
            int first = j;
            while (j < words.size() && j - first < 4 && words.get(j).isCapitalized() && !words.get(j).isPunct()
                    && lexicon.honorific(words.get(j).text()).isEmpty()) {
                j++;
            }
            if (j == first) {
                continue;
            }
            Span name = new Span(words.get(first).span().start(), words.get(j - 1).span().end());
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && m.span().overlaps(name)) {
                    name = new Span(Math.min(name.start(), m.span().start()), Math.max(name.end(), m.span().end()));
                }
            }
            Span named = name;
            boolean orgOrPlace = mentions.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.span().contains(named));
            if (orgOrPlace) {
                continue;
            }
            Lexicon.Gender gender = g.get() != Lexicon.Gender.UNKNOWN ? g.get() : genderOfName(name.of(text));
            Span whole = new Span(words.get(i).span().start(), name.end());
            found.add(new Actor(whole, Actor.Kind.PERSON, name.of(text), name, gender));
            i = words.within(whole)[1] - 1;
        }
        return found;
    }

    /** "a UK Government source", "senior officials", "an RSPCA spokesman", "a spokesman for Acme". */
    private Actor source(String text, Words words, int noun, Found known, List<Token> tokens) {
        int first = noun;
        while (first > 0 && isModifier(words.get(first - 1), tokens)) {
            first--;
        }
        Span span = new Span(words.get(first).span().start(), words.get(noun).span().end());
        // "a spokeswoman": the noun's gender lets a later "she said" find her.
        Lexicon.Gender gender = lexicon.genderWord(words.get(noun).text()).orElse(Lexicon.Gender.UNKNOWN);
        if (lexicon.isSpokesNoun(words.get(noun).text())) {
            // A body within the span starts in it; one that follows starts at the word after the link.
            int after = followingStart(words, noun);
            Optional<Actor> body = known.firstBody(span.start(), span.end(), after,
                    a -> span.contains(a.span()) || follows(words, noun, a)).or(() -> known.bodyReachingInto(span));
            if (body.isPresent()) {
                Span whole = new Span(Math.min(span.start(), body.get().span().start()), Math.max(span.end(), body.get().span().end()));
                return new Actor(whole, Actor.Kind.SPOKESPERSON, body.get().text(), body.get().target(), gender);
            }
            // "a spokeswoman for the regulator": a body named by a common noun is part of the description.
            int link = words.firstAtOrAfter(Math.max(0, after));
            if (after >= 0 && BODIES.contains(words.get(link).lower())) {
                Span whole = new Span(span.start(), words.get(link).span().end());
                return new Actor(whole, Actor.Kind.ANONYMOUS, words.get(link).lower() + " " + words.get(noun).lower(),
                        whole, gender);
            }
        }
        return new Actor(span, Actor.Kind.ANONYMOUS, span.of(text), span, gender);
    }

    /** {@return whether {@code body} follows the noun after "for", "of" or "at" and an optional "the"} */
    private static boolean follows(Words words, int noun, Actor body) {
        int start = followingStart(words, noun);
        return start >= 0 && body.span().start() == start;
    }

    /** {@return where a body following the noun after "for", "of" or "at" and an optional "the" starts; -1 when none can} */
    private static int followingStart(Words words, int noun) {
        int j = noun + 1;
        if (j >= words.size() || !LINKS.contains(words.get(j).lower())) {
            return -1;
        }
        j++;
        if (j < words.size() && words.get(j).lower().equals("the")) {
            j++;
        }
        return j < words.size() ? words.get(j).span().start() : -1;
    }

    private boolean isModifier(Words.Word w, List<Token> tokens) {
        if (w.isPunct() || DETERMINERS.contains(w.lower()) || lexicon.subjectPronoun(w.lower()).isPresent()) {
            return false;
        }
        if (w.text().indexOf('-') > 0) {
            // "an all-party committee", "a London-based broker": the tagger splits a compound, so no tag covers it.
            return true;
        }
        Optional<Token> t = Tokens.at(tokens, w.span());
        if (t.isPresent() && !t.get().pos().isEmpty()) {
            String pos = t.get().pos();
            return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("CD");
        }
        return w.isCapitalized() || w.text().contains("-") || MODIFIERS.contains(w.lower());
    }

    /**
     * {@return whether word {@code i} is a common noun that a speech cue follows, past auxiliaries and
     * adverbs ("His lawyer said", "Many lawmakers say", "a review of records indicates")} The subject of
     * a cue is whoever speaks, though no list names the noun: it is an unnamed source. Needs the parts
     * of speech: without tags no noun is taken.
     */
    private boolean nounBeforeCue(Words words, int i, List<Token> tokens) {
        if (!isCommonNoun(words.get(i), tokens) || Cues.isBetween(words.get(i).lower())) {
            return false;
        }
        int first = i;
        while (first > 0 && (isModifier(words.get(first - 1), tokens) || hasTag(words.get(first - 1), tokens, "DT", "PRP$"))) {
            first--;
        }
        if (first > 0 && hasTag(words.get(first - 1), tokens, "IN", "TO")) {
            // "Experts on urban planning said", "Sources close to her campaign said": the noun closes a
            // phrase that belongs to the subject's head.
            return false;
        }
        int next = i + 1;
        while (next < words.size() && next - i <= 2 && Cues.isBetween(words.get(next).lower())) {
            next++;
        }
        if (next >= words.size() || lexicon.cueBase(words.get(next).text()).isEmpty()) {
            return false;
        }
        Optional<Token> verb = Tokens.at(tokens, words.get(next).span());
        return verb.isPresent() && verb.get().pos().startsWith("VB") && !verb.get().pos().equals("VBG");
    }

    private static Actor asDescription(Actor a) {
        return a.kind() == Actor.Kind.ANONYMOUS ? new Actor(a.span(), Actor.Kind.DESCRIPTION, a.text(), a.target(), a.gender()) : a;
    }

    private static boolean hasTag(Words.Word w, List<Token> tokens, String... tags) {
        Optional<Token> t = Tokens.at(tokens, w.span());
        return t.isPresent() && Set.of(tags).contains(t.get().pos());
    }

    private static boolean isCommonNoun(Words.Word w, List<Token> tokens) {
        if (w.isPunct()) {
            return false;
        }
        Optional<Token> t = Tokens.at(tokens, w.span());
        return t.isPresent() && (t.get().pos().equals("NN") || t.get().pos().equals("NNS"));
    }

    private static final Set<String> MODIFIERS = Set.of("senior", "government", "party", "campaign", "close",
            "military", "security", "intelligence", "police", "defence", "white", "house", "western", "european",
            "administration", "ministry", "department", "official", "company", "industry", "union", "local",
            "former", "top", "high-ranking", "diplomatic", "palace", "cabinet", "labour", "tory", "city",
            "market", "independent", "leading", "health", "education", "treasury", "legal", "bank");

    /**
     * A person or body named by description after "the", with up to three modifiers: "the Foreign
     * Secretary", "the Florida senator" (titles); "the 45-year-old", "the retired neurosurgeon", "the
     * mother-of-two" (people named before, resolved like pronouns); "the party" (a body named before).
     * Not when a name follows ("the Foreign Secretary Liz Truss": the name is the actor).
     */
    private Optional<Actor> described(Words words, int i, List<Token> tokens) {
        if (!words.get(i).lower().equals("the")) {
            return Optional.empty();
        }
        for (int end = i + 1; end < Math.min(words.size(), i + 5); end++) {
            Words.Word head = words.get(end);
            if (head.isPunct()) {
                return Optional.empty();
            }
            boolean beforeName = end + 1 < words.size() && words.get(end + 1).isCapitalized() && !words.get(end + 1).isPunct();
            Span span = new Span(words.get(i).span().start(), head.span().end());
            Optional<String> title = titleEndingAt(words, i + 1, end);
            if (title.isPresent() && !beforeName) {
                return Optional.of(new Actor(span, Actor.Kind.TITLE, title.get(), span, Lexicon.Gender.UNKNOWN));
            }
            Optional<Lexicon.Gender> person = lexicon.personNoun(head.text());
            if (person.isPresent() && !beforeName && !head.isCapitalized()) {
                return Optional.of(new Actor(span, Actor.Kind.PRONOUN, head.lower(), span, person.get()));
            }
            if (end == i + 1 && BODIES.contains(head.lower()) && !beforeName) {
                return Optional.of(new Actor(span, Actor.Kind.BODY, head.lower(), span, Lexicon.Gender.UNKNOWN));
            }
            if (!isModifier(head, tokens)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@return the longest office title made of words [k, end] for some k >= from, if any} */
    private Optional<String> titleEndingAt(Words words, int from, int end) {
        for (int k = from; k <= end; k++) {
            StringBuilder t = new StringBuilder();
            for (int j = k; j <= end; j++) {
                t.append(j > k ? " " : "").append(words.get(j).lower());
            }
            if (lexicon.isTitle(t.toString())) {
                return Optional.of(t.toString());
            }
        }
        return Optional.empty();
    }

    Lexicon.Gender genderOfName(String name) {
        String first = name.strip().split("\\s+")[0];
        return lexicon.firstName(first).orElse(Lexicon.Gender.UNKNOWN);
    }
}
