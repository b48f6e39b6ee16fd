package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.store.AddResult;
import dev.herald.store.ArticleStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a store with records already analyzed (the JSON lines of {@code herald analyze}), through
 * the store's own steps (duplicates, stories) as {@code herald ingest} adds them, without analyzing
 * the articles again: how {@code eval/serve-load.sh} builds its BBC store from a saved analysis. A
 * line that is not a record with an id is counted and skipped.
 *
 * <pre>{@code java -cp ... dev.herald.serve.StoreFromRecords records.jsonl STORE_DIR}</pre>
 */
public final class StoreFromRecords {
    private static final int COMMIT_EVERY = 500;

    private StoreFromRecords() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StoreFromRecords RECORDS.jsonl STORE_DIR");
            System.exit(2);
        }
        Map<AddResult.Status, Integer> counts = new EnumMap<>(AddResult.Status.class);
        int skipped = 0;
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             ArticleStore store = ArticleStore.openWriter(Path.of(args[1]))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                JsonNode record;
                try {
                    record = ArticleRecord.mapper().readTree(line);
                } catch (IOException e) {
                    record = null;
                }
                if (!(record instanceof ObjectNode r) || !r.hasNonNull("id")) {
                    System.err.printf(Locale.ROOT, "%s:%d: not a record with an id, skipped%n", args[0], lineNumber);
                    skipped++;
                    continue;
                }
                counts.merge(store.add(r).status(), 1, Integer::sum);
                if (lineNumber % COMMIT_EVERY == 0) {
                    store.commit();
                }
            }
            store.commit();
        }
        System.err.printf(Locale.ROOT, "%s: %s, %d lines skipped%n", args[1], counts, skipped);
    }
}
