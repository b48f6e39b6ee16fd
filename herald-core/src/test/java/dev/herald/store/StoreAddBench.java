package dev.herald.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The store's own share of an ingest: the records of a {@code herald analyze --format jsonl} run
 * are added to a fresh store as {@code herald ingest} adds them (standard steps, a commit every 200),
 * on one thread; prints the wall-clock and CPU time of adding and committing, and where the adding
 * thread's CPU time goes: each ingest step, the rest of {@code add} (the record's line, its MinHash
 * signature, the Lucene document), and the commits. The process's CPU time is printed too, since
 * Lucene merges segments on threads of its own. Parsing the records is not counted (ingest has the
 * record in memory).
 *
 * <p>Usage: {@code StoreAddBench RECORDS.jsonl STORE_DIR [ROUNDS]} (default 3; the fastest is kept,
 * the first warms the JIT).
 */
public final class StoreAddBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoreAddBench() {
    }

    /** CPU time of the adding thread per part, in nanoseconds. */
    private static final class Parts {
        final Map<String, Long> nanos = new LinkedHashMap<>();

        void add(String part, long n) {
            nanos.merge(part, n, Long::sum);
        }

        String render(double total) {
            StringBuilder b = new StringBuilder();
            nanos.forEach((part, n) -> b.append(String.format(Locale.ROOT, "  %-22s %6.2fs CPU  %5.1f%%%n", part, n / 1e9, 100 * n / 1e9 / total)));
            return b.toString();
        }
    }

    /** A step that counts the CPU time of the step it wraps. */
    private record Timed(IngestStep step, Parts parts) implements IngestStep {
        @Override
        public String name() {
            return step.name();
        }

        @Override
        public ObjectNode apply(ObjectNode record, StoreView store) {
            long t = CPU.getCurrentThreadCpuTime();
            try {
                return step.apply(record, store);
            } finally {
                parts.add("step " + step.name(), CPU.getCurrentThreadCpuTime() - t);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        double bestProcessCpu = Double.MAX_VALUE;
        Parts best = null;
        for (int round = 0; round < rounds; round++) {
            Path dir = Path.of(args[1] + "-" + round);
            List<ObjectNode> records = new ArrayList<>();
            for (String line : lines) {
                records.add((ObjectNode) ArticleRecord.mapper().readTree(line));
            }
            Parts parts = new Parts();
            long wall = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long processStart = os.getProcessCpuTime();
            try (ArticleStore store = ArticleStore.openWriter(dir, DuplicateConfig.defaults(),
                    config -> IngestSteps.standard(config).stream().<IngestStep>map(s -> new Timed(s, parts)).toList())) {
                int n = 0;
                for (ObjectNode r : records) {
                    long t = CPU.getCurrentThreadCpuTime();
                    store.add(r);
                    parts.add("add", CPU.getCurrentThreadCpuTime() - t);
                    if (++n % 200 == 0) {
                        t = CPU.getCurrentThreadCpuTime();
                        store.commit();
                        parts.add("commit", CPU.getCurrentThreadCpuTime() - t);
                    }
                }
                long t = CPU.getCurrentThreadCpuTime();
                store.commit();
                parts.add("commit", CPU.getCurrentThreadCpuTime() - t);
            }
            // "add" includes the steps, timed inside it: leave them out of it.
            long steps = parts.nanos.entrySet().stream().filter(e -> e.getKey().startsWith("step ")).mapToLong(Map.Entry::getValue).sum();
            parts.nanos.computeIfPresent("add", (k, v) -> v - steps);
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (cpu < bestCpu) {
                bestCpu = cpu;
                best = parts;
            }
            bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1e9);
            bestProcessCpu = Math.min(bestProcessCpu, (os.getProcessCpuTime() - processStart) / 1e9);
        }
        System.out.printf(Locale.ROOT, "store: %d records added and committed in %.2fs wall, %.2fs CPU of the adding thread,"
                        + " %.2fs CPU of the process (best of %d)%n", lines.size(), bestWall, bestCpu, bestProcessCpu, rounds);
        System.out.print(best.render(bestCpu));
    }
}
