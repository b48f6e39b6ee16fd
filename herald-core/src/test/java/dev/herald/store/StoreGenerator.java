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
 * without the duplicate step (it would mark all but the first of each as duplicates). Records that
 * share an id (a corpus's identical files) are taken once, and an id that is stored already is
 * drawn again, so the store holds exactly the number of articles asked.
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
        List<String> lines = distinctRecords(records);
        Random random = new Random(42);
        long start = System.nanoTime();
        try (ArticleStore store = ArticleStore.openWriter(dir, DuplicateConfig.defaults(), config -> List.of())) {
            int added = 0;
            for (long i = 0; added < articles; i++) {
                ObjectNode r = (ObjectNode) ArticleRecord.mapper().readTree(lines.get((int) (i % lines.size())));
                long copy = i / lines.size();
                r.put("id", copyId(r.path("id").asText(), copy));
                r.put("published", FIRST.plusDays(random.nextInt(DAYS)).toString());
                r.put("site", "site" + random.nextInt(20) + ".example");
                if (store.add(r).status() == AddResult.Status.ALREADY_PRESENT) {
                    continue; // a copy's id that hashes to a stored one: the next copy stands in for it
                }
                added++;
                if (added % 5_000 == 0) {
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

    /** {@return the non-blank lines of {@code records}, the first of each id only} */
    static List<String> distinctRecords(Path records) throws IOException {
        List<String> lines = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && ids.add(ArticleRecord.mapper().readTree(line).path("id").asText())) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(records + " holds no records");
        }
        return lines;
    }

    /** {@return the id of copy {@code copy} of a record: the original id for copy 0} */
    static String copyId(String id, long copy) {
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
