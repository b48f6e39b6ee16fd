package dev.herald.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spark SQL's first write, done early, in local mode, on a thread of its own: the six outputs of
 * {@link JobOutputs} written for two made-up outcomes into a temporary directory, then deleted.
 *
 * <p>Why: the first write of a Spark session pays for Spark SQL itself (its classes loaded, its
 * session state built, Catalyst's rules and the generated code's compiler run for the first time,
 * the Parquet writer started): seconds of one driver thread, while the cores have nothing to do,
 * when it comes after the analysis. Started with the session, it overlaps the CoreNLP models'
 * loading, which the analysis waits for anyway; the real writes then find Spark SQL started and
 * the code generated for the same plans already compiled (Spark keeps it by its source).
 *
 * <p>Its jobs run in a scheduler pool of their own: under fair scheduling ({@code herald spark}
 * sets it in local mode) their tasks, one each, take turns with the analysis's instead of waiting
 * for all of them.
 *
 * <p>Only where the driver is the executor (a local master): on a cluster the made-up rows would
 * be written by executors into a directory of the driver's machine. A warm-up that fails costs
 * nothing but its time: the job's own writes do not depend on it.
 */
final class SqlWarmUp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqlWarmUp.class);

    /** A record with one entity, quote and event, so that every table gets a row to write. */
    private static final String RECORD = """
            {"id":"warm-up","title":"Warm-up","published":"2000-01-01","site":"example.org",\
            "url":"https://example.org/warm-up","language":"en","text":"Ann Lee said: \\"Yes.\\"",\
            "input":{"path":"warm-up.txt"},\
            "entities":[{"id":"e1","key":"ann-lee","name":"Ann Lee","type":"PERSON","mentions":[{}]}],\
            "quotes":[{"id":"q1","speaker":{"name":"Ann Lee","entity":"e1","anonymous":false},\
            "text":"Yes.","kind":"direct","cue":"said"}],\
            "events":[{"date":{"value":"2000-01-01"},"type":"CONSULT","cameo":"040",\
            "source":{"name":"Ann Lee","entity":"e1"},"target":{"name":"Bo Ray"},\
            "negated":false,"hypothetical":false}]}""";

    private final Thread thread;

    private SqlWarmUp(Thread thread) {
        this.thread = thread;
    }

    /** {@return a warm-up of {@code spark}'s SQL, started; or, on a cluster, one that does nothing} */
    static SqlWarmUp start(SparkSession spark) {
        if (!spark.sparkContext().isLocal()) {
            return new SqlWarmUp(null);
        }
        Thread thread = new Thread(() -> warmUp(spark), "herald-sql-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new SqlWarmUp(thread);
    }

    private static void warmUp(SparkSession spark) {
        long start = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("herald-spark-warm-up");
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            // Inherited by the writers' threads; under fair scheduling the pool gets the next free core.
            context.setLocalProperty("spark.scheduler.pool", "herald-warm-up");
            List<Outcome> outcomes = List.of(Outcome.analyzed("warm-up.txt", RECORD),
                    Outcome.failed("warm-up.html", "made up"));
            new JobOutputs(spark, dir.toUri().toString(), "herald: warm up, write")
                    .write(context.parallelize(outcomes, 1));
            LOG.info("Herald job: Spark SQL warmed up in {} ms ({})", (System.nanoTime() - start) / 1_000_000,
                    ProcessClock.now());
        } catch (IOException | RuntimeException e) {
            LOG.info("Herald job: Spark SQL not warmed up ({}): the first write will start it", e.toString());
        } finally {
            delete(dir);
        }
    }

    /** Waits for the warm-up to end (its jobs must not outlive the session). */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("warm-up directory left behind: {}", dir, e);
        }
    }
}
