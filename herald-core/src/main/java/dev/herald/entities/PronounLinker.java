package dev.herald.entities;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links subject pronouns to people without a coreference model: a "he" or "she" that opens a
 * sentence or a clause ("He said:", "..., she added") refers to the person mentioned last before it,
 * within the two sentences before, whose gender (known from an honorific: Mr, Ms, Sir, Lady) does
 * not contradict it. The pronoun becomes a {@code PRONOUN} mention of that person.
 *
 * <p>Input read as {@code plain} (the NER evaluation format: bare sentences, no article) gets no
 * pronoun mentions: there, entity mentions are names only.
 *
 * <p>Requires {@code tokens}, {@code entities}. Provides {@code entities} (with pronoun mentions).
 * Thread-safe.
 */
public final class PronounLinker implements Stage {
    private static final Set<String> OPENERS = Set.of(",", ":", ";", "\"", "\u201c", "\u201d", "--", "and", "but");
    private static final int MAX_SENTENCES_BACK = 2;

    @Override
    public String name() {
        return "pronouns";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        if (article.source().format() == InputFormat.PLAIN) {
            return article;
        }
        List<Token> tokens = article.get(Layer.TOKENS);
        List<Entity> entities = article.get(Layer.ENTITIES);
        Map<String, List<Mention>> added = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<Gender> g = pronoun(t.word());
            boolean opens = i == 0 || tokens.get(i - 1).sentence() != t.sentence()
                    || OPENERS.contains(tokens.get(i - 1).word());
            if (g.isEmpty() || !opens) {
                continue;
            }
            Entity who = antecedent(entities, tokens, i, g.get());
            if (who != null) {
                added.computeIfAbsent(who.id(), k -> new ArrayList<>())
                        .add(new Mention(t.span(), t.word(), EntityType.PERSON, Mention.Kind.PRONOUN));
            }
        }
        return article.with(Layer.ENTITIES, withAdded(entities, added));
    }

    private static Entity antecedent(List<Entity> entities, List<Token> tokens, int at, Gender g) {
        int start = tokens.get(at).span().start();
        int minSentence = tokens.get(at).sentence() - MAX_SENTENCES_BACK;
        Entity best = null;
        int bestAt = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || gender(e).map(eg -> eg != g).orElse(false)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int s = m.span().start();
                if (s < start && s > bestAt && sentenceOf(tokens, s) >= minSentence) {
                    best = e;
                    bestAt = s;
                }
            }
        }
        return best;
    }

    private static int sentenceOf(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).span().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return tokens.get(lo).sentence();
    }

    private static Optional<Gender> gender(Entity e) {
        for (Mention m : e.mentions()) {
            String first = m.text().split("\\s+")[0];
            if (Names.MALE.contains(first)) {
                return Optional.of(Gender.MALE);
            }
            if (Names.FEMALE.contains(first)) {
                return Optional.of(Gender.FEMALE);
            }
        }
        return Optional.empty();
    }

    private static Optional<Gender> pronoun(String word) {
        return switch (word) {
            case "He", "he" -> Optional.of(Gender.MALE);
            case "She", "she" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    private static List<Entity> withAdded(List<Entity> entities, Map<String, List<Mention>> added) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<Mention> ms = new ArrayList<>(e.mentions());
            ms.addAll(added.getOrDefault(e.id(), List.of()));
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            out.add(new Entity(e.id(), e.name(), e.type(), e.subtype(), e.country(), e.title(), ms));
        }
        return out;
    }

    private enum Gender { MALE, FEMALE }
}
