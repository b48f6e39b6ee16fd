package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The store's own share of an ingest: the records of a {@code herald analyze --format jsonl} run
 * are added to a fresh store as {@code herald ingest} adds them (standard steps, a commit every 200),
 * on one thread; prints the wall-clock and CPU time of adding and committing. Parsing the records
 * is not counted (ingest has the record in memory).
 *
 * <p>Usage: {@code StoreAddBench RECORDS.jsonl STORE_DIR [ROUNDS]} (default 3; the fastest is kept,
 * the first warms the JIT).
 */
public final class StoreAddBench {
    private StoreAddBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            Path dir = Path.of(args[1] + "-" + round);
            List<ObjectNode> records = new java.util.ArrayList<>();
            for (String line : lines) {
                records.add((ObjectNode) ArticleRecord.mapper().readTree(line));
            }
            long wall = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            try (ArticleStore store = ArticleStore.openWriter(dir)) {
                int n = 0;
                for (ObjectNode r : records) {
                    store.add(r);
                    if (++n % 200 == 0) {
                        store.commit();
                    }
                }
            }
            bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
            bestCpu = Math.min(bestCpu, (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        System.out.printf(Locale.ROOT, "store: %d records added and committed in %.2fs wall, %.2fs CPU of the adding thread (best of %d)%n",
                lines.size(), bestWall, bestCpu, rounds);
    }
}
