package dev.herald.app;

import dev.herald.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety of {@code herald ingest}, with real processes: an ingest JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at several moments (while the models load, just after a
 * commit, at a random time after one); after each kill the store opens and holds every article the
 * process reported as stored ({@code --stored-log}), and no article twice. While one process
 * writes, a second writer is refused and a search works. A last run completes the store: every
 * article once; one more run adds nothing.
 */
@Tag("models")
@Tag("slow")
class IngestCrashTest {
    private static final int ARTICLES = 36;
    private static final String[] PEOPLE = {"Maria Okafor", "John Pearce", "Anna Kowalska", "David Lee", "Sara Haddad", "Tom Fischer"};
    private static final String[] PLACES = {"Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Norwich"};
    private static final String[] NOUNS = {"council", "budget", "school", "hospital", "bridge", "library", "tram", "park",
        "market", "station", "museum", "harbour", "college", "airport", "stadium", "theatre", "factory", "farm"};
    private static final String[] VERBS = {"approved", "delayed", "cut", "expanded", "reviewed", "rejected", "funded", "opened"};

    @TempDir
    Path tmp;

    @org.junit.jupiter.api.extension.RegisterExtension
    final StandardStreams streams = new StandardStreams();

    /** Writes {@code n} short, different news stories; {@return the corpus directory} */
    private Path corpus(long seed) throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            String person = PEOPLE[random.nextInt(PEOPLE.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            StringBuilder text = new StringBuilder("Story " + i + ": " + place + " " + NOUNS[i % NOUNS.length] + " plan "
                    + VERBS[i % VERBS.length] + "\n\n");
            for (int s = 0; s < 6; s++) {
                text.append("The ").append(NOUNS[random.nextInt(NOUNS.length)]).append(" in ").append(place).append(" was ")
                        .append(VERBS[random.nextInt(VERBS.length)]).append(" after ").append(2 + random.nextInt(90))
                        .append(" days of talks about the ").append(NOUNS[random.nextInt(NOUNS.length)]).append(" and the ")
                        .append(NOUNS[random.nextInt(NOUNS.length)]).append(", ").append(person).append(" said. ");
            }
            text.append("\n\n\u201cWe have waited ").append(i + 3).append(" years for this,\u201d ").append(person).append(" told reporters.\n");
            Files.writeString(dir.resolve(String.format("%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private Process ingest(Path store, Path log, Path corpus) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx1g", "-Xss16m", "-cp", System.getProperty("java.class.path"),
                "dev.herald.app.HeraldCli", "ingest", "--store", store.toString(), "--threads", "1",
                "--commit-every", "3", "--stored-log", log.toString(), "--no-progress", corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.out").toFile()).start();
    }

    @Test
    void a_store_killed_at_any_moment_keeps_what_was_reported_and_a_rerun_completes_it() throws Exception {
        long seed = System.nanoTime();
        System.out.println("IngestCrashTest seed " + seed);
        Random random = new Random(seed);
        Path corpus = corpus(11);
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("stored.log");

        // Killed while the models load: nothing reported, the store (if created) opens.
        Process p = ingest(store, log, corpus);
        Thread.sleep(1500 + random.nextInt(1500));
        kill(p);
        checkStore(store, log);

        // Killed just after a commit, and at a random moment after a few more.
        for (int reported : new int[] {3, 12 + random.nextInt(10)}) {
            p = ingest(store, log, corpus);
            waitForLines(log, reported, p);
            if (reported == 3) {
                assertThat(HeraldCli.run("ingest", "--store", store.toString(), "--no-progress", corpus.toString()))
                        .as("a second writer").isEqualTo(2);
                assertThat(HeraldCli.run("search", "--store", store.toString(), "--limit", "0", "story")).as("a search").isZero();
            }
            Thread.sleep(random.nextInt(400));
            kill(p);
            checkStore(store, log);
        }

        p = ingest(store, log, corpus);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String lastRun = Files.readString(tmp.resolve("ingest.out"));
        assertThat(p.exitValue()).as(lastRun).isZero();
        Set<String> ids = checkStore(store, log);
        // the last run's own tally (added, already present, failed and why) is what tells a lost article
        assertThat(ids).as("seed %d, last run: %s", seed, lastRun).hasSize(ARTICLES);
        assertThat(Files.readAllLines(log)).hasSize(ARTICLES).doesNotHaveDuplicates();

        // Ingesting the same corpus again changes nothing.
        assertThat(HeraldCli.run("ingest", "--store", store.toString(), "--no-progress", corpus.toString())).isZero();
        assertThat(streams.stderr()).contains("herald: ingest: 0 added, " + ARTICLES + " already present, 0 duplicates, 0 failed");
        assertThat(checkStore(store, log)).isEqualTo(ids);
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitForLines(Path log, int n, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // the models load first, slowly on a busy machine
        while (lines(log).size() < n) {
            assertThat(p.isAlive()).as("ingest ended before reporting " + n + " articles").isTrue();
            assertThat(System.nanoTime()).as("waiting for " + n + " stored articles").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> lines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** {@return the ids in the store}, checking it opens, holds every reported id, and none twice */
    private static Set<String> checkStore(Path store, Path log) throws IOException {
        if (!Files.exists(store.resolve("herald-store.json"))) {
            assertThat(lines(log)).isEmpty();
            return Set.of();
        }
        try (ArticleStore s = ArticleStore.openReader(store); Stream<String> records = s.records(Optional.empty())) {
            List<String> ids = new ArrayList<>();
            records.forEach(line -> ids.add(line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf("\"", line.indexOf("\"id\":\"") + 6))));
            Set<String> distinct = new HashSet<>(ids);
            assertThat(ids).as("no article twice").hasSize(distinct.size());
            assertThat(distinct).as("every reported article").containsAll(lines(log));
            assertThat(s.stats().articles()).isEqualTo(ids.size());
            return distinct;
        }
    }
}
