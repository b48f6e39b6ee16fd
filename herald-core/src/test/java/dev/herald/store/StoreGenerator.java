package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds a large store for benchmarks from records analyzed once ({@code herald analyze --format
 * jsonl}): copy {@code k} of each record gets a new id, a publication date drawn from 2004-2005 and
 * one of 20 sites (seeded), so the store has the size, the dates and the facets of a real one
 * without running the language models again. The copies share their texts, so they are stored
 * without the duplicate step (it would mark all but the first of each as duplicates).
 *
 * <p>Usage: {@code StoreGenerator RECORDS.jsonl STORE_DIR [ARTICLES]} (default 100,000).
 */
public final class StoreGenerator {
    private static final LocalDate FIRST = LocalDate.of(2004, 1, 1);
    private static final int DAYS = 731;

    private StoreGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path records = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            in.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        Random random = new Random(42);
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.openWriter(dir, DuplicateConfig.defaults(), config -> List.of())) {
            for (int i = 0; i < articles; i++) {
                ObjectNode r = (ObjectNode) ArticleRecord.mapper().readTree(lines.get(i % lines.size()));
                int copy = i / lines.size();
                r.put("id", copyId(r.path("id").asText(), copy));
                r.put("published", FIRST.plusDays(random.nextInt(DAYS)).toString());
                r.put("site", "site" + random.nextInt(20) + ".example");
                store.add(r);
                if ((i + 1) % 5_000 == 0) {
                    store.commit();
                }
            }
            store.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            StoreStats stats = store.stats();
            System.out.printf(Locale.ROOT, "generated %d articles from %d records in %.1fs (%.0f records/s); %d bytes, %d bytes per article%n",
                    stats.articles(), lines.size(), seconds, articles / seconds, stats.bytes(), stats.bytes() / Math.max(1, stats.articles()));
        }
    }

    /** {@return the id of copy {@code copy} of a record: the original id for copy 0} */
    static String copyId(String id, int copy) {
        if (copy == 0) {
            return id;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((id + "#" + copy).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
