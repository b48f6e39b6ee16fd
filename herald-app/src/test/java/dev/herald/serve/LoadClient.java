package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.record.ArticleRecord;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of a running {@code herald serve}: {@code CLIENTS} threads, each sending one
 * request after another, with no pause, for {@code SECONDS} (after a warm-up of a quarter of that,
 * not counted): half searches (words, then every listed entity and the top speakers, with facets),
 * a quarter article records (every article of the store), a quarter entity profiles (the 1,000 most
 * named entities), the targets read from the server itself and drawn with a fixed seed. Prints how
 * many distinct URLs it draws from, requests per second, p50/p90/p99/max latency per kind and
 * overall, the errors (any answer but 2xx, any I/O failure), and the CPU time the client itself used
 * in the counted run (it shares the machine with the server). Run by {@code eval/serve-load.sh}.
 *
 * <pre>{@code java -cp ... dev.herald.serve.LoadClient http://127.0.0.1:8751 200 60}</pre>
 */
public final class LoadClient {
    private static final String[] WORDS = {"government", "market", "film", "election", "music", "economy", "police",
        "shares", "minister", "game", "tax", "oil", "court", "mobile", "record", "award", "profits", "bank"};
    private static final String[] KINDS = {"search", "article", "entity"};
    private static final int PAGE = 1000;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> searches = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();

    private LoadClient(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadClient BASE_URL CLIENTS SECONDS");
            System.exit(2);
        }
        LoadClient load = new LoadClient(args[0].replaceAll("/$", ""));
        load.discover();
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Outcome warmUp = load.run(clients, Math.max(1, seconds / 4), new Random(1));
        System.out.printf(Locale.ROOT, "warm-up: %d requests in %d s, not counted below%n", warmUp.requests(), Math.max(1, seconds / 4));
        long cpuBefore = cpuNanos();
        Outcome counted = load.run(clients, seconds, new Random(42));
        double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
        System.out.println(counted.report(clients, seconds));
        System.out.printf(Locale.ROOT, "client CPU: %.1f s in the counted run (%.2f ms per request)%n",
                cpuSeconds, 1000 * cpuSeconds / Math.max(1, counted.requests()));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Reads what to ask for from the server: article ids, entity keys, speakers. */
    private void discover() throws IOException, InterruptedException {
        JsonNode all = json("/api/search?q=&limit=" + PAGE + "&sort=date&facets=true");
        long total = all.path("total").asLong();
        for (int offset = 0; offset < total; offset += PAGE) {
            JsonNode page = offset == 0 ? all : json("/api/search?q=&sort=date&limit=" + PAGE + "&offset=" + offset);
            page.path("hits").forEach(h -> articles.add("/api/articles/" + enc(h.path("id").asText())));
        }
        all.path("facets").path("speaker").forEach(s -> searches.add("/api/search?facets=true&q=" + enc("speaker:\"" + s.path("value").asText() + "\"")));
        for (String w : WORDS) {
            searches.add("/api/search?facets=true&q=" + enc(w));
            searches.add("/api/search?sort=date&q=" + enc(w));
        }
        json("/api/entities?limit=1000").path("entities").forEach(e -> {
            entities.add("/api/entities/" + enc(e.path("key").asText()));
            searches.add("/api/search?facets=true&q=" + enc("entity:\"" + e.path("key").asText() + "\""));
        });
        if (articles.isEmpty() || entities.isEmpty()) {
            throw new IllegalStateException("the store at " + base + " has no articles or entities to ask for");
        }
        System.out.printf(Locale.ROOT, "distinct URLs: %d (%d searches, %d articles, %d entities)%n",
                searches.size() + articles.size() + entities.size(), searches.size(), articles.size(), entities.size());
    }

    /** The latencies (ns) and errors of one run, per kind. */
    private record Outcome(long[][] latencies, long[] errors, String firstError) {
        long requests() {
            return Arrays.stream(latencies).mapToLong(l -> l.length).sum() + Arrays.stream(errors).sum();
        }

        String report(int clients, int seconds) {
            StringBuilder s = new StringBuilder();
            long total = 0;
            long errs = 0;
            List<Long> everything = new ArrayList<>();
            for (int k = 0; k < KINDS.length; k++) {
                s.append(line(KINDS[k], latencies[k], errors[k], seconds));
                total += latencies[k].length;
                errs += errors[k];
                for (long l : latencies[k]) {
                    everything.add(l);
                }
            }
            long[] all = everything.stream().mapToLong(Long::longValue).toArray();
            s.insert(0, String.format(Locale.ROOT, "clients %d, %d s: %d requests, %.1f requests/s, %d errors%n",
                    clients, seconds, total + errs, (total + errs) / (double) seconds, errs));
            s.append(line("all", all, errs, seconds));
            if (firstError != null) {
                s.append("first error: ").append(firstError).append('\n');
            }
            return s.toString();
        }

        private static String line(String kind, long[] ns, long errors, int seconds) {
            long[] sorted = ns.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%-8s %7d ok %5d errors %8.1f/s  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                    kind, sorted.length, errors, sorted.length / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    private Outcome run(int clients, int seconds, Random seeds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<List<long[]>> perThread = new ArrayList<>();
        AtomicLong[] errors = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> mine = new ArrayList<>();
            perThread.add(mine);
            Random random = new Random(seeds.nextLong());
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    double r = random.nextDouble();
                    int kind = r < 0.5 ? 0 : r < 0.75 ? 1 : 2;
                    List<String> targets = kind == 0 ? searches : kind == 1 ? articles : entities;
                    String path = targets.get(random.nextInt(targets.size()));
                    long start = System.nanoTime();
                    String error = send(path);
                    long took = System.nanoTime() - start;
                    if (error == null) {
                        mine.add(new long[] {kind, took});
                    } else {
                        errors[kind].incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = path + ": " + error;
                            }
                        }
                    }
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[][] latencies = new long[KINDS.length][];
        for (int k = 0; k < KINDS.length; k++) {
            int kind = k;
            latencies[k] = perThread.stream().flatMap(List::stream).filter(x -> x[0] == kind).mapToLong(x -> x[1]).toArray();
        }
        return new Outcome(latencies, new long[] {errors[0].get(), errors[1].get(), errors[2].get()}, firstError[0]);
    }

    /** {@return null when the request was answered 2xx and read whole, else what went wrong} */
    private String send(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return ArticleRecord.mapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
