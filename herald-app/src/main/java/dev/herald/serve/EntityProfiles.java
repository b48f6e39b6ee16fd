package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.serve.EntityProfile.ActorEvent;
import dev.herald.serve.EntityProfile.Companion;
import dev.herald.serve.EntityProfile.SaidQuote;
import dev.herald.entities.EntityKey;
import dev.herald.store.ArticleStore;
import dev.herald.store.FacetValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads entities out of the store: the list of keys with their counts, and one entity's profile
 * (counts and timeline from the facets of all its articles; quotes and events from its newest
 * {@value #ARTICLES_READ} articles). An entity is shown by its display name, the spelling most of
 * its articles use (a key is the name lower-cased and without accents: {@code "tony blair|PERSON|GBR"}).
 *
 * <p>Profiles and display names are kept until the store changes ({@link ReadCache}): a profile
 * reads up to {@value #ARTICLES_READ} records, and the UI and the API ask for the same ones.
 */
final class EntityProfiles {
    /** Newest articles whose records are read for an entity's quotes and events. */
    static final int ARTICLES_READ = 100;
    private static final int LISTED = 50;
    private static final int COMPANIONS = 12;
    private static final int MONTHS = 10_000;
    /** Names looked at for an entity's display name: its own spellings are among its articles' most named. */
    private static final int SPELLINGS = 50;

    private final ArticleStore store;
    private final ReadCache<Optional<EntityProfile>> profiles;
    private final ReadCache<String> displayNames;

    /** @param cachedEntries the most profiles, and display names, kept until the store changes (0 keeps none) */
    EntityProfiles(ArticleStore store, long cachedEntries) {
        this.store = store;
        this.profiles = new ReadCache<>(store::version, p -> 1, cachedEntries);
        this.displayNames = new ReadCache<>(store::version, n -> 1, cachedEntries);
    }

    /**
     * An entity of the store.
     *
     * @param key      its key
     * @param name     its display name
     * @param type     its type, from the key
     * @param country  its country from the key, or empty
     * @param articles stored articles naming it (near-duplicates included)
     */
    record Listed(String key, String name, String type, String country, long articles) {
        static Listed of(FacetValue v, String name) {
            String[] parts = v.value().split("\\|", -1);
            return new Listed(v.value(), name, parts.length > 1 ? parts[1] : "",
                    parts.length > 2 && !parts[2].equals("-") ? parts[2] : "", v.count());
        }

        /** {@return the name part of {@code key}: normalized, lower case} */
        static String keyName(String key) {
            int bar = key.indexOf('|');
            return bar < 0 ? key : key.substring(0, bar);
        }
    }

    /** {@return the most named entities whose name contains every word of {@code q}, of the type and country given} */
    List<Listed> list(Optional<String> q, Optional<String> type, Optional<String> country, int limit) {
        List<String> words = q.map(s -> List.of(s.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}\\p{N}]+")))
                .orElse(List.of());
        return store.entityKeys(key -> {
            Listed e = Listed.of(new FacetValue(key, 0), Listed.keyName(key));
            return words.stream().allMatch(e.name()::contains)
                    && type.map(t -> t.equalsIgnoreCase(e.type())).orElse(true)
                    && country.map(c -> c.equalsIgnoreCase(e.country())).orElse(true);
        }, limit <= 0 ? LISTED : limit).stream().map(v -> Listed.of(v, displayName(v.value()))).toList();
    }

    /**
     * {@return how the articles naming {@code key} most often spell it}: the most frequent name among
     * them that normalizes to the key's name (so "Tony Blair" for {@code "tony blair|PERSON|GBR"}),
     * else the key's name
     */
    String displayName(String key) {
        return displayNames.get(key, () -> {
            String keyName = Listed.keyName(key);
            return store.facet(query(key), "entity", SPELLINGS, true).stream()
                    .map(FacetValue::value)
                    .filter(name -> EntityKey.normalized(name).equals(keyName))
                    .findFirst().orElse(keyName);
        });
    }

    /** {@return the profile of the entity with {@code key}, when an article names it} */
    Optional<EntityProfile> profile(String key) {
        return profiles.get(key, () -> read(key));
    }

    private static String query(String key) {
        return "entity:" + QueryText.quoted(key);
    }

    private Optional<EntityProfile> read(String key) {
        String query = query(key);
        List<JsonNode> records = DatedRecords.of(store, query, ARTICLES_READ);
        Optional<JsonNode> entity = records.stream().flatMap(r -> entitiesWithKey(r, key).stream()).findFirst();
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        JsonNode e = entity.get();
        String name = displayName(key);
        String keyName = Listed.keyName(key);
        List<SaidQuote> quotes = new ArrayList<>();
        List<ActorEvent> events = new ArrayList<>();
        Map<String, String> keysByName = new HashMap<>();
        for (JsonNode record : records) {
            ArticleRef ref = DatedRecords.ref(record);
            Set<String> ids = new HashSet<>();
            entitiesWithKey(record, key).forEach(x -> ids.add(x.path("id").asText()));
            record.path("entities").forEach(x -> keysByName.putIfAbsent(x.path("name").asText(), x.path("key").asText("")));
            for (JsonNode q : record.path("quotes")) {
                if (ids.contains(q.path("speaker").path("entity").asText())) {
                    quotes.add(new SaidQuote(q.path("text").asText(), q.path("kind").asText(), ref));
                }
            }
            for (JsonNode ev : record.path("events")) {
                if (ids.contains(ev.path("source").path("entity").asText()) || ids.contains(ev.path("target").path("entity").asText())) {
                    events.add(ActorEvent.of(EventLine.of(ev, id -> keyOf(record, id)), ref));
                }
            }
        }
        long articles = store.search(dev.herald.store.SearchRequest.of(query).withPage(0, 0)).total();
        Map<String, Long> timeline = new TreeMap<>();
        store.facet(query, "month", MONTHS, false).forEach(v -> timeline.put(v.value(), v.count()));
        List<Companion> companions = new ArrayList<>();
        for (FacetValue v : store.facet(query, "entity", COMPANIONS + 4, false)) {
            if (!EntityKey.normalized(v.value()).equals(keyName) && companions.size() < COMPANIONS) {
                companions.add(new Companion(v.value(), keysByName.getOrDefault(v.value(), ""), v.count()));
            }
        }
        return Optional.of(new EntityProfile(key, name, e.path("type").asText(), e.path("subtype").asText(""),
                e.path("country").asText(""), articles, new LinkedHashMap<>(timeline), quotes, events, companions));
    }

    private static List<JsonNode> entitiesWithKey(JsonNode record, String key) {
        List<JsonNode> out = new ArrayList<>();
        record.path("entities").forEach(e -> {
            if (e.path("key").asText().equals(key)) {
                out.add(e);
            }
        });
        return out;
    }

    private static String keyOf(JsonNode record, String entityId) {
        for (JsonNode e : record.path("entities")) {
            if (e.path("id").asText().equals(entityId)) {
                return e.path("key").asText("");
            }
        }
        return "";
    }
}
