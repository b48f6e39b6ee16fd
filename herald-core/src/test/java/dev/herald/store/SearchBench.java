package dev.herald.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Search latency on a store: for a term, a phrase, a speaker and a faceted query, each run
 * {@code warm-up} times and then timed {@code runs} times, one after another on one thread, as a
 * user's searches come; p50 and p99 in milliseconds. Each search returns ten hits with their
 * snippets, as {@code herald search} prints them.
 *
 * <p>Usage: {@code SearchBench STORE_DIR [RUNS] [WARM_UP]} (default 1000, 200).
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Map<String, SearchRequest> queries = new LinkedHashMap<>();
        queries.put("term", SearchRequest.of("fees"));
        queries.put("phrase", SearchRequest.of("\"tuition fees\""));
        queries.put("speaker", SearchRequest.of("speaker:\"Tony Blair\""));
        queries.put("faceted", SearchRequest.of("government").withFacets(true));
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (ArticleStore store = ArticleStore.openReader(dir)) {
            StoreStats stats = store.stats();
            System.out.printf(Locale.ROOT, "store: %d articles, %d bytes, %d bytes per article%n",
                    stats.articles(), stats.bytes(), stats.bytes() / Math.max(1, stats.articles()));
            for (Map.Entry<String, SearchRequest> q : queries.entrySet()) {
                long total = 0;
                for (int i = 0; i < warmUp; i++) {
                    total = store.search(q.getValue()).total();
                }
                long[] nanos = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    store.search(q.getValue());
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "%-8s %-28s %7d hits  p50 %6.2f ms  p99 %6.2f ms  (load average %.2f)%n", q.getKey(),
                        q.getValue().query() + (q.getValue().facets() ? " +facets" : ""), total,
                        nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6, os.getSystemLoadAverage());
            }
        }
    }
}
