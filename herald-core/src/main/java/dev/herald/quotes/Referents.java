package dev.herald.quotes;

import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Mention;
import dev.herald.model.Metonym;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells who an {@link Actor} of one article is, as a {@link Speaker}: names take the canonical name of
 * their entity (the fullest name in the article); pronouns go to the nearest compatible actor before
 * them (gender for he/she, an unnamed spokeswoman or spokesman who spoke included; a body or unnamed
 * source for they/it); titles go to the person the
 * article gave that title; "the spokesman" goes back to the spokesman introduced before; a place name
 * that stands for a government ("Moscow said", a {@link Metonym}) is that government. Built per
 * article; not shared across threads.
 */
final class Referents {
    private static final int SALIENCE_SENTENCES = 4;
    /** An entity name longer than this is taken for an NER run-on ("Chris Christie Calls Hillary Clinton"). */
    private static final int MAX_NAME_WORDS = 6;

    private final String text;
    private final List<Actor> actors;
    private final List<Entity> entities;
    private final List<Metonym> metonyms;
    private final Predicate<Span> quoted;
    private final TitleBindings titleHolders;
    private final Map<String, Lexicon.Gender> surnameGender = new HashMap<>();
    private final Map<Actor, Optional<Actor>> resolved = new HashMap<>();
    private final Set<Actor> credited = new HashSet<>();
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final Words words;
    private final Lexicon lexicon;
    // Indexes over the actors and entities, built once: the questions below come once per actor, and a
    // scan of all actors or mentions for each would make a long text quadratic.
    /** {@code actorSentence[i]}: the sentence of actor i; {@code maxSentenceUpTo[i]}, {@code maxEndUpTo[i]}: greatest over actors 0..i. */
    private final int[] maxSentenceUpTo;
    private final int[] maxEndUpTo;
    /** {@code minEndFrom[i]}: the least end among actors i..last. */
    private final int[] minEndFrom;
    /** The texts of person actors whose text has a space, by the word after the last space, in actor order. */
    private final Map<String, List<String>> personsByLastWord = new HashMap<>();
    private final Map<String, String> fullestNames = new HashMap<>();
    /** The NAME mentions of all entities, by start: start, end and the index of the entity. */
    private final int[][] nameMentions;
    private final int longestNameMention;
    /** The longest-named person entity (the first of equals) by lower-case surname. */
    private Map<String, Entity> personBySurname;

    Referents(String text, Words words, List<Sentence> sentences, List<Token> tokens, List<Actor> actors,
              List<Entity> entities, List<Metonym> metonyms, Predicate<Span> quoted, Lexicon lexicon) {
        this.text = text;
        this.words = words;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.sentences = sentences;
        this.actors = actors;
        this.entities = entities;
        this.metonyms = metonyms;
        this.quoted = quoted;
        this.titleHolders = new TitleBindings(words, actors, lexicon);
        int n = actors.size();
        maxSentenceUpTo = new int[n];
        maxEndUpTo = new int[n];
        minEndFrom = new int[n];
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            maxSentenceUpTo[i] = Math.max(i > 0 ? maxSentenceUpTo[i - 1] : Integer.MIN_VALUE, sentenceOf(a.span().start()));
            maxEndUpTo[i] = Math.max(i > 0 ? maxEndUpTo[i - 1] : Integer.MIN_VALUE, a.span().end());
            if (a.kind() == Actor.Kind.PERSON && a.text().indexOf(' ') >= 0) {
                personsByLastWord.computeIfAbsent(a.text().substring(a.text().lastIndexOf(' ') + 1), k -> new ArrayList<>())
                        .add(a.text());
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            minEndFrom[i] = Math.min(i < n - 1 ? minEndFrom[i + 1] : Integer.MAX_VALUE, actors.get(i).span().end());
        }
        List<int[]> names = new ArrayList<>();
        int longest = 0;
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                if (m.kind() == Mention.Kind.NAME) {
                    names.add(new int[] {m.span().start(), m.span().end(), e});
                    longest = Math.max(longest, m.span().length());
                }
            }
        }
        names.sort(Comparator.comparingInt(m -> m[0]));
        this.nameMentions = names.toArray(int[][]::new);
        this.longestNameMention = longest;
        for (Actor a : actors) {
            if (a.kind() == Actor.Kind.PERSON && a.gender() != Lexicon.Gender.UNKNOWN) {
                surnameGender.putIfAbsent(surname(a.text()), a.gender());
            }
        }
    }

    /** Notes that {@code actor} was credited with a quotation: it weighs more when a later pronoun is resolved. */
    void credit(Actor actor) {
        credited.add(actor);
    }

    /** {@return the speaker {@code actor} stands for, if it can be told} */
    Optional<Speaker> speaker(Actor actor) {
        return switch (actor.kind()) {
            case PERSON, ORGANIZATION, PLACE -> Optional.of(named(actor));
            case SPOKESPERSON -> Optional.of(spokesperson(actor));
            case ANONYMOUS, DESCRIPTION -> anonymous(actor);
            case PRONOUN -> antecedent(actor).flatMap(this::speaker);
            case TITLE -> holder(actor).map(this::named);
            case BODY -> nearestBefore(actor.span().start(), a -> a.kind() == Actor.Kind.ORGANIZATION
                    && a.text().toLowerCase(Locale.ROOT).contains(actor.text()))
                    .or(() -> nearestBefore(actor.span().start(), a -> a.kind() == Actor.Kind.ORGANIZATION))
                    .map(this::named);
        };
    }

    private Speaker named(Actor a) {
        Optional<Entity> government = governmentFor(a);
        if (government.isPresent()) {
            return new Speaker.Named(government.get().name(), government.get().id(), Optional.of(a.span()));
        }
        Optional<Entity> e = entityOf(a);
        String name = e.map(Entity::name).filter(n -> n.split("\\s+").length <= MAX_NAME_WORDS)
                .orElseGet(() -> fullestName(a));
        if (a.kind() == Actor.Kind.ORGANIZATION && a.text().length() > name.length() && a.text().contains(name)) {
            name = a.text();
        }
        return new Speaker.Named(name, e.map(Entity::id).orElse(""), Optional.of(a.span()));
    }

    /** The government a place name speaks for ("Moscow said"), where the article's metonyms link one. */
    private Optional<Entity> governmentFor(Actor a) {
        if (a.kind() != Actor.Kind.PLACE) {
            return Optional.empty();
        }
        return metonyms.stream().filter(m -> m.span().overlaps(a.target())).findFirst()
                .flatMap(m -> entities.stream().filter(e -> e.id().equals(m.government())).findFirst());
    }

    private Optional<Speaker> anonymous(Actor a) {
        String description = a.text();
        if (!description.contains(" ") && definite(a)) {
            Optional<Actor> before = nearestBefore(a.span().start(), x -> (x.kind() == Actor.Kind.ANONYMOUS
                    || x.kind() == Actor.Kind.SPOKESPERSON) && head(x).equals(head(a)) && x != a);
            if (before.isPresent()) {
                return speaker(before.get());
            }
        }
        if (!description.contains(" ") && lexicon.isSpokesNoun(description)) {
            // "The Treasury declined to comment. A spokesman said ...": a bare spokesman speaks for the
            // body named last, in this sentence or the one before.
            int sentence = sentenceOf(a.span().start());
            Optional<Actor> body = nearestBefore(a.span().start(), x -> x.kind() == Actor.Kind.ORGANIZATION
                    && sentenceOf(x.span().start()) >= sentence - 1);
            if (body.isPresent()) {
                return Optional.of(new Speaker.Anonymous(named(body.get()).name() + " " + description.toLowerCase(Locale.ROOT),
                        Optional.of(a.span())));
            }
        }
        return Optional.of(new Speaker.Anonymous(description, Optional.of(a.span())));
    }

    /**
     * {@return an unnamed spokesperson as the contract describes one: the body's name and the noun
     * ("RSPCA spokesman" for "an RSPCA spokesman" or "a spokesman for the RSPCA")}
     */
    private Speaker spokesperson(Actor a) {
        int[] r = words.within(a.span());
        String noun = "spokesperson";
        for (int i = r[0]; i < r[1]; i++) {
            if (lexicon.isSpokesNoun(words.get(i).text())) {
                noun = words.get(i).lower();
                break;
            }
        }
        return new Speaker.Anonymous(named(a).name() + " " + noun, Optional.of(a.span()));
    }

    private boolean definite(Actor a) {
        String before = text.substring(Math.max(0, a.span().start() - 4), a.span().start()).toLowerCase(Locale.ROOT);
        return before.endsWith("the ");
    }

    private String head(Actor a) {
        String[] w = a.span().of(text).toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }

    /** {@return the actor a pronoun refers to: the nearest compatible one before it, outside quotations} */
    Optional<Actor> antecedent(Actor pronoun) {
        String p = pronoun.text();
        if (!p.equals("they") && !p.equals("it")) {
            Optional<Actor> known = resolved.get(pronoun);
            if (known == null) {
                known = salientPerson(pronoun);
                resolved.put(pronoun, known);
            }
            return known;
        }
        return nearestBefore(pronoun.span().start(), a -> a.kind() == Actor.Kind.ORGANIZATION
                || a.kind() == Actor.Kind.SPOKESPERSON || (p.equals("they") && a.kind() == Actor.Kind.ANONYMOUS));
    }

    /**
     * The person a he/she most likely stands for: each compatible mention in the last few sentences
     * (and each earlier pronoun resolved to a person) adds a weight that halves with every sentence
     * back and doubles when the mention opens its sentence (the subject); the heaviest person wins.
     */
    private Optional<Actor> salientPerson(Actor pronoun) {
        int here = sentenceOf(pronoun.span().start());
        Map<String, Double> score = new HashMap<>();
        Map<String, Actor> latest = new HashMap<>();
        // Only the actors from the first one within reach (an earlier one is too many sentences back)
        // up to the first one ending after the pronoun (where the scan stops) can count.
        int from = firstAtLeast(maxSentenceUpTo, here - SALIENCE_SENTENCES);
        int to = firstAtLeast(maxEndUpTo, pronoun.span().start() + 1);
        for (int i = from; i < to; i++) {
            Actor a = actors.get(i);
            int back = here - sentenceOf(a.span().start());
            if (back > SALIENCE_SENTENCES || quoted.test(a.span())) {
                continue;
            }
            Optional<Actor> person = a.kind() == Actor.Kind.PERSON || speakingUnnamed(a, pronoun) ? Optional.of(a)
                    : a.kind() == Actor.Kind.PRONOUN && refersToPerson(a) && a.gender().compatible(pronoun.gender())
                    ? antecedent(a) : Optional.empty();
            if (person.isEmpty() || !genderOf(person.get()).compatible(pronoun.gender())) {
                continue;
            }
            String key = person.get().kind() == Actor.Kind.PERSON ? surname(fullestName(person.get())).toLowerCase(Locale.ROOT)
                    : "unnamed " + person.get().text().toLowerCase(Locale.ROOT);
            double weight = Math.pow(0.5, back) * role(a);
            score.merge(key, weight, Double::sum);
            latest.put(key, person.get());
        }
        Optional<Actor> best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> latest.get(e.getKey()));
        return best.or(() -> nearestBefore(pronoun.span().start(), a -> a.kind() == Actor.Kind.PERSON
                && genderOf(a).compatible(pronoun.gender())));
    }

    /**
     * {@return whether {@code a} is an unnamed source whose noun tells its gender and who speaks (the
     * subject of a cue, or credited with a quotation), for a pronoun} "An executive spokeswoman insisted
     * … “…,” she said": she is the spokeswoman, not the woman named before her. A title ("the minister
     * said") still goes to a named person.
     */
    private boolean speakingUnnamed(Actor a, Actor pronoun) {
        return pronoun.kind() == Actor.Kind.PRONOUN && (a.kind() == Actor.Kind.SPOKESPERSON || a.kind() == Actor.Kind.ANONYMOUS)
                && a.gender() != Lexicon.Gender.UNKNOWN && role(a) >= 3 && !describesName(a);
    }

    /**
     * {@return whether {@code a} is set off by a comma next to a name it describes ("Jo Park, a developer
     * and spokeswoman for Acme, said", "a spokeswoman, Jo Park, said"): she is the named person}
     */
    private boolean describesName(Actor a) {
        int first = words.firstAtOrAfter(a.span().start());
        int w = first - 1;
        while (w >= 0 && first - w <= 6 && !words.get(w).isPunct()) {
            w--;
        }
        boolean after = w > 0 && words.get(w).text().equals(",") && personEndingAt(words.get(w - 1).span().end());
        int next = words.firstAtOrAfter(a.span().end());
        boolean before = next + 1 < words.size() && words.get(next).text().equals(",")
                && actors.stream().anyMatch(x -> x.kind() == Actor.Kind.PERSON && x.span().start() == words.get(next + 1).span().start());
        return after || before;
    }

    private boolean personEndingAt(int end) {
        return actors.stream().anyMatch(x -> x.kind() == Actor.Kind.PERSON && x.span().end() == end);
    }

    /** {@return how much a mention's place adds to salience: 3 as subject of a cue, 2 as a subject, else 1} */
    private static boolean refersToPerson(Actor pronoun) {
        return !pronoun.text().equals("they") && !pronoun.text().equals("it");
    }

    private double role(Actor a) {
        if (credited.contains(a) || afterInvertedCue(a)) {
            return 3;
        }
        int next = words.firstAtOrAfter(a.span().end());
        double role = roleAt(next);
        if (next < words.size() && words.get(next).text().equals(",")) {
            int close = next + 1;
            while (close < words.size() && close - next < 16 && !words.get(close).text().equals(",")
                    && !words.get(close).text().equals(".")) {
                close++;
            }
            role = Math.max(roleAt(next + 1), close < words.size() && words.get(close).text().equals(",")
                    ? roleAt(close + 1) : 1);
        }
        return role;
    }

    /**
     * {@return whether {@code a} follows an inverted cue, after a comma or a quotation ("…, said Mr
     * Renton")} A pronoun there opens what is said ("Jo Park, a senator, said he was pleased").
     */
    private boolean afterInvertedCue(Actor a) {
        int cue = words.firstAtOrAfter(a.span().start()) - 1;
        if (a.kind() == Actor.Kind.PRONOUN || cue < 1 || lexicon.cueBase(words.get(cue).text()).isEmpty()) {
            return false;
        }
        String before = words.get(cue - 1).text();
        return before.equals(",") || QuoteMarks.family(before.charAt(0)) != null;
    }

    private double roleAt(int index) {
        int next = index;
        while (next < words.size() && Cues.isBetween(words.get(next).lower())) {
            next++;
        }
        if (next >= words.size()) {
            return 1;
        }
        Words.Word w = words.get(next);
        if (lexicon.cueBase(w.text()).isPresent()) {
            return 3;
        }
        Optional<Token> t = Tokens.at(tokens, w.span());
        boolean verb = t.map(tok -> tok.pos().startsWith("VB") || tok.pos().equals("MD"))
                .orElse(w.lower().endsWith("ed"));
        return verb ? 2 : 1;
    }

    private int sentenceOf(int offset) {
        return SentenceIndex.at(sentences, offset);
    }

    private Optional<Actor> nearestBefore(int offset, Predicate<Actor> ok) {
        // Actors after the last one that can end by the offset are skipped without a look.
        for (int i = firstAtLeast(minEndFrom, offset + 1) - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (a.span().end() <= offset && ok.test(a) && !quoted.test(a.span())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private Lexicon.Gender genderOf(Actor person) {
        if (person.gender() != Lexicon.Gender.UNKNOWN) {
            return person.gender();
        }
        return surnameGender.getOrDefault(surname(fullestName(person)), Lexicon.Gender.UNKNOWN);
    }

    /** {@return the person holding the title: named with it before, or the entity's title, or the most mentioned} */
    private Optional<Actor> holder(Actor title) {
        Optional<Actor> bound = titleHolders.holderOf(title.text());
        if (bound.isPresent()) {
            return bound;
        }
        for (Entity e : entities) {
            if (e.title().map(t -> t.toLowerCase(Locale.ROOT).endsWith(title.text())).orElse(false)) {
                return actors.stream().filter(a -> a.kind() == Actor.Kind.PERSON && entityOf(a).equals(Optional.of(e)))
                        .findFirst();
            }
        }
        return salientPerson(title).or(this::mostMentionedPerson);
    }

    private Optional<Actor> mostMentionedPerson() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Actor> first = new HashMap<>();
        for (Actor a : actors) {
            if (a.kind() == Actor.Kind.PERSON) {
                String key = surname(fullestName(a));
                counts.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, a);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(e -> first.get(e.getKey()));
    }

    /** {@return the first entity with a name mention over the actor, else a person entity of its surname} */
    private Optional<Entity> entityOf(Actor a) {
        Span t = a.target();
        // A name mention overlapping the target starts before its end and at most the longest mention before its start.
        int first = Integer.MAX_VALUE;
        for (int i = firstAtLeast(nameMentions, t.end()) - 1; i >= 0 && nameMentions[i][0] >= t.start() - longestNameMention; i--) {
            if (nameMentions[i][0] < t.end() && t.start() < nameMentions[i][1]) {
                first = Math.min(first, nameMentions[i][2]);
            }
        }
        if (first != Integer.MAX_VALUE) {
            return Optional.of(entities.get(first));
        }
        if (a.kind() == Actor.Kind.PERSON) {
            if (personBySurname == null) {
                personBySurname = new HashMap<>();
                for (Entity e : entities) {
                    if (e.type() == EntityType.PERSON) {
                        personBySurname.merge(surname(e.name()).toLowerCase(Locale.ROOT), e,
                                (kept, next) -> next.name().length() > kept.name().length() ? next : kept);
                    }
                }
            }
            return Optional.ofNullable(personBySurname.get(surname(a.text()).toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** {@return the fullest name of the article ending with this person's surname} */
    private String fullestName(Actor a) {
        if (a.kind() != Actor.Kind.PERSON) {
            return a.text();
        }
        return fullestNames.computeIfAbsent(a.text(), text -> {
            String best = text;
            // A text ending with " " + the surname is one whose last word is the surname.
            for (String o : personsByLastWord.getOrDefault(surname(text), List.of())) {
                if (o.length() > best.length() && o.endsWith(text)) {
                    best = o;
                }
            }
            return best;
        });
    }

    private static String surname(String name) {
        String s = name.strip();
        // As replaceAll("[\u2019']s$", "") without compiling a pattern per call: "$" also matches before
        // a final line end, and the only one strip() leaves is U+0085.
        int end = s.endsWith("\u0085") ? s.length() - 1 : s.length();
        if (s.startsWith("'s", end - 2) || s.startsWith("\u2019s", end - 2)) {
            s = s.substring(0, end - 2) + s.substring(end);
        }
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    /** {@return the first index whose value in the non-decreasing {@code values} is at least {@code min}; the length when none} */
    private static int firstAtLeast(int[] values, int min) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < min) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the first index whose start (the first value) is at least {@code min}; the length when none} */
    private static int firstAtLeast(int[][] spans, int min) {
        int lo = 0;
        int hi = spans.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans[mid][0] < min) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
