package dev.herald.entities;

import dev.herald.lexicon.Lexicon;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.Titles;
import dev.herald.entities.mentions.Names;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds titles to people. A title written before a name ("Foreign Secretary Liz Truss", "Russian
 * President Vladimir Putin") or after it ("Liz Truss, the Foreign Secretary,") becomes the person's
 * title for the whole article, and a demonym before it gives the person's country. A title standing
 * alone ("the Foreign Secretary", "the Russian President") becomes a {@code TITLE} mention of the
 * person bound to it, or of the person the actors file knows by that title; when several fit, the
 * one named last before it; a name NER saw in the title ("Foreign Minister" as a body) is dropped,
 * with its entity when nothing else names it. A title the actors file knows counts only on the
 * dates the person held it, when the article's date is known ("the Foreign Secretary" in 2024 is
 * not Liz Truss).
 *
 * <p>Requires {@code tokens}, {@code sentences}, {@code entities}. Provides {@code entities} (with
 * titles and title mentions). Options: the {@link Gazetteer}, the {@link Lexicon} its {@link Titles} come from. Thread-safe.
 */
public final class TitleBinder implements Stage {
    private final Gazetteer gazetteer;
    private final Titles titles;

    public TitleBinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.titles = Titles.of(lexicon);
    }

    @Override
    public String name() {
        return "titles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        Bindings b = new Bindings(article.get(Layer.TOKENS), article.get(Layer.ENTITIES));
        Optional<LocalDate> date = article.metadata().published();
        for (Sentence s : article.get(Layer.SENTENCES)) {
            bindNamed(b, s);
        }
        for (Sentence s : article.get(Layer.SENTENCES)) {
            bindStandalone(b, s, article.text(), date);
        }
        return article.with(Layer.ENTITIES, b.entities());
    }

    private void bindNamed(Bindings b, Sentence s) {
        List<String> words = NerCorrector.words(b.tokens, s);
        for (int i = 0; i < words.size(); i++) {
            int n = titles.titleAt(words, i);
            Entity before = n == 0 ? null : b.personStartingAt(s.firstToken() + i + n);
            if (before != null) {
                b.bind(before, Titles.text(words, i, n), demonymCountry(words, i - 1));
                b.titleAt(s.firstToken() + i, s.firstToken() + i + n);
            }
            Entity after = b.personEndingAt(s.firstToken() + i);
            if (after != null && i + 2 < words.size() && words.get(i + 1).equals(",")) {
                int at = words.get(i + 2).equalsIgnoreCase("the") ? i + 3 : i + 2;
                Optional<String> country = demonymCountry(words, at);
                int t = titles.titleAt(words, country.isPresent() ? at + 1 : at);
                if (t > 0) {
                    int from = country.isPresent() ? at + 1 : at;
                    b.bind(after, Titles.text(words, from, t), country);
                    b.titleAt(s.firstToken() + from, s.firstToken() + from + t);
                }
            }
        }
    }

    private void bindStandalone(Bindings b, Sentence s, String text, Optional<LocalDate> date) {
        List<String> words = NerCorrector.words(b.tokens, s);
        for (int i = 1; i < words.size(); i++) {
            int n = titles.titleAt(words, i);
            if (n == 0 || i + n < words.size() && b.personStartingAt(s.firstToken() + i + n) != null) {
                continue;
            }
            Optional<String> country = demonymCountry(words, i - 1);
            int the = country.isPresent() ? i - 2 : i - 1;
            if (the < 0 || !words.get(the).equalsIgnoreCase("the")) {
                continue;
            }
            String title = Titles.text(words, i, n);
            Span span = new Span(b.tokens.get(s.firstToken() + the).span().start(),
                    b.tokens.get(s.firstToken() + i + n - 1).span().end());
            Entity who = b.choose(title, country, span.start(), e -> knownTitles(e, date));
            if (who != null) {
                b.add(who, new Mention(span, span.of(text), EntityType.PERSON, Mention.Kind.TITLE));
                b.bind(who, title, country);
            }
            i += n - 1;
        }
    }

    /** The titles the actors file knows {@code e} by, as held on the article's date. */
    private List<String> knownTitles(Entity e, Optional<LocalDate> date) {
        return gazetteer.lookup(e.name()).filter(n -> n.actor().kind() == Actor.Kind.PERSON)
                .map(n -> n.actor().titlesHeldOn(date)).orElse(List.of());
    }

    private Optional<String> demonymCountry(List<String> words, int at) {
        if (at < 0 || at >= words.size() || !Names.capitalized(words.get(at))) {
            return Optional.empty();
        }
        return gazetteer.lookup(words.get(at)).filter(n -> n.actor().kind() == Actor.Kind.DEMONYM)
                .flatMap(n -> n.actor().country());
    }

    /** Bindings under construction for one article. */
    private static final class Bindings {
        final List<Token> tokens;
        final List<Entity> people = new ArrayList<>();
        final List<Entity> all;
        final Map<String, String> title = new HashMap<>();
        final Map<String, String> country = new HashMap<>();
        final Map<String, List<Mention>> added = new HashMap<>();
        final List<Span> titleSpans = new ArrayList<>();
        final Map<Integer, Entity> byStart = new HashMap<>();
        final Map<Integer, Entity> byEnd = new HashMap<>();

        Bindings(List<Token> tokens, List<Entity> entities) {
            this.tokens = tokens;
            this.all = entities;
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON) {
                    people.add(e);
                    e.title().ifPresent(t -> title.put(e.id(), t));
                    e.mentions().forEach(m -> {
                        byStart.put(m.span().start(), e);
                        byEnd.put(m.span().end(), e);
                    });
                }
            }
        }

        Entity personStartingAt(int token) {
            return token < tokens.size() ? byStart.get(tokens.get(token).span().start()) : null;
        }

        Entity personEndingAt(int token) {
            return byEnd.get(tokens.get(token).span().end());
        }

        void bind(Entity e, String t, Optional<String> c) {
            title.putIfAbsent(e.id(), t);
            c.ifPresent(code -> country.putIfAbsent(e.id(), code));
        }

        void add(Entity e, Mention m) {
            added.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
            titleSpans.add(m.span());
        }

        /** Tokens {@code from} to {@code to} (exclusive) are a title bound to a person. */
        void titleAt(int from, int to) {
            titleSpans.add(new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end()));
        }

        /** Whether {@code m} is a name NER saw inside a title now bound to a person ("Foreign Minister" as a body). */
        boolean insideBoundTitle(Mention m) {
            return m.kind() == Mention.Kind.NAME
                    && titleSpans.stream().anyMatch(t -> t.start() <= m.span().start() && m.span().end() <= t.end());
        }

        Entity choose(String t, Optional<String> c, int at, java.util.function.Function<Entity, List<String>> known) {
            Entity best = null;
            int bestAt = Integer.MIN_VALUE;
            for (Entity e : people) {
                boolean fits = t.equalsIgnoreCase(title.get(e.id())) || known.apply(e).contains(t);
                Optional<String> ec = e.country().or(() -> Optional.ofNullable(country.get(e.id())));
                if (!fits || c.isPresent() && !c.equals(ec)) {
                    continue;
                }
                int last = e.mentions().stream().mapToInt(m -> m.span().start()).filter(s -> s < at).max()
                        .orElse(Integer.MIN_VALUE + 1);
                if (best == null || last > bestAt) {
                    best = e;
                    bestAt = last;
                }
            }
            return best;
        }

        List<Entity> entities() {
            List<Entity> out = new ArrayList<>();
            for (Entity e : all) {
                List<Mention> ms = new ArrayList<>(e.mentions());
                ms.removeIf(this::insideBoundTitle);
                if (ms.isEmpty() && !e.mentions().isEmpty()) {
                    continue;
                }
                ms.addAll(added.getOrDefault(e.id(), List.of()));
                ms.sort((a, b) -> a.span().compareTo(b.span()));
                Optional<String> t = Optional.ofNullable(title.get(e.id())).or(e::title);
                Optional<String> c = e.country().or(() -> Optional.ofNullable(country.get(e.id())));
                // Ids are renumbered so that a dropped entity leaves no gap; no layer refers to them yet.
                out.add(new Entity("E" + (out.size() + 1), e.name(), e.type(), e.subtype(), c, t, ms, e.ref()));
            }
            return out;
        }
    }
}
