package dev.herald.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records a writer added since its searcher was last refreshed: Lucene's searcher does not see
 * them yet, so id and duplicate look-ups ask here too. Refreshing at every add would cost a
 * segment per record; the store refreshes at each commit and empties this then. Used under the
 * store's lock.
 */
final class RecentRecords {
    private final MinHash minHash;
    private final Map<String, String> lines = new HashMap<>();
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byBand = new HashMap<>();

    private record Entry(String id, int[] signature, Optional<String> duplicateOf) {
    }

    RecentRecords(MinHash minHash) {
        this.minHash = minHash;
    }

    void add(String id, String line, Optional<int[]> signature, Optional<String> duplicateOf) {
        lines.put(id, line);
        if (signature.isPresent()) {
            Entry e = new Entry(id, signature.get(), duplicateOf);
            byId.put(id, e);
            for (String band : minHash.bandKeys(signature.get())) {
                byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(e);
            }
        }
    }

    Optional<String> record(String id) {
        return Optional.ofNullable(lines.get(id));
    }

    List<StoreView.Similar> similar(int[] signature, String[] bands) {
        Map<String, Entry> candidates = new LinkedHashMap<>();
        for (String band : bands) {
            for (Entry e : byBand.getOrDefault(band, List.of())) {
                candidates.putIfAbsent(e.id(), e);
            }
        }
        return candidates.values().stream()
                .map(e -> new StoreView.Similar(e.id(), MinHash.similarity(signature, e.signature()), e.duplicateOf()))
                .toList();
    }

    void clear() {
        lines.clear();
        byId.clear();
        byBand.clear();
    }
}
