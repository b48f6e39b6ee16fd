package dev.herald.entities;

import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups NER mentions into actors by name: a person named by a part of a fuller name ("Truss",
 * "Liz Truss") is the same person; other names group when they are equal after normalization. The
 * canonical name is the fullest.
 *
 * <p>Requires {@code mentions}. Provides {@code entities}. Thread-safe.
 */
public final class EntityGrouper implements Stage {
    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Article apply(Article article) {
        List<Mention> mentions = article.get(Layer.MENTIONS);
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<Mention> byLength = new ArrayList<>(mentions);
        byLength.sort((a, b) -> Integer.compare(words(b.text()).length, words(a.text()).length));
        for (Mention m : byLength) {
            String key = keyFor(m, groups.keySet(), types);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            types.putIfAbsent(key, m.type());
        }
        List<Entity> entities = new ArrayList<>();
        List<Map.Entry<String, List<Mention>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort((a, b) -> first(a.getValue()).span().compareTo(first(b.getValue()).span()));
        for (Map.Entry<String, List<Mention>> group : ordered) {
            List<Mention> ms = new ArrayList<>(group.getValue());
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            String name = ms.stream().map(Mention::text).reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
            entities.add(new Entity("E" + (entities.size() + 1), name, types.get(group.getKey()), Optional.empty(),
                    Optional.empty(), Optional.empty(), ms));
        }
        return article.with(Layer.ENTITIES, entities);
    }

    private static Mention first(List<Mention> ms) {
        return ms.stream().min((a, b) -> a.span().compareTo(b.span())).orElseThrow();
    }

    private static String keyFor(Mention m, Set<String> known, Map<String, EntityType> types) {
        String norm = normalize(m.text());
        if (m.type() == EntityType.PERSON) {
            List<String> mine = Arrays.asList(words(norm));
            for (String k : known) {
                if (types.get(k) == EntityType.PERSON && Arrays.asList(words(k)).containsAll(mine)) {
                    return k;
                }
            }
        }
        return known.contains(norm) ? norm : norm;
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\u2019']s$", "").replaceAll("[^\\p{L}\\p{N} ]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static String[] words(String s) {
        return s.isBlank() ? new String[0] : s.strip().split("\\s+");
    }
}
