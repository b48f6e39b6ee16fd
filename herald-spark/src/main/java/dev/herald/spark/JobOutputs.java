package dev.herald.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.record.ArticleRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the job's six outputs under one directory from the outcomes of the analysis (kept by
 * the caller, so that no output analyzes again): {@code records/} as JSON Lines and the Parquet
 * tables of {@link AnalystTables}. Each output is one small Spark job whose time goes mostly to
 * the driver (planning the write, committing its files) rather than to the cores, so the six are
 * submitted together, from threads of their own, and their tasks fill the cores the others leave.
 */
final class JobOutputs {
    private final SparkSession spark;
    private final String output;
    private final String jobLabel;

    /** @param jobLabel how Spark's jobs of these writes are described, before the output's name */
    JobOutputs(SparkSession spark, String output, String jobLabel) {
        this.spark = spark;
        this.output = output;
        this.jobLabel = jobLabel;
    }

    JobOutputs(SparkSession spark, String output) {
        this(spark, output, "herald: write");
    }

    /** One output: its directory name, and how it is written. */
    private record Write(String name, Runnable write) {
    }

    /** Writes every output from {@code outcomes}; the first output that fails fails the whole. */
    void write(JavaRDD<Outcome> outcomes) {
        JavaRDD<Outcome> analyzed = outcomes.filter(Outcome::isAnalyzed);
        List<Write> writes = List.of(
                new Write("records", () -> spark.createDataset(analyzed.map(Outcome::record).rdd(), Encoders.STRING())
                        .write().mode(SaveMode.Overwrite).text(path("records"))),
                new Write("articles", () -> table(analyzed.map(o -> AnalystTables.article(parse(o))),
                        AnalystTables.ARTICLES, "articles", true)),
                new Write("entities", () -> table(analyzed.flatMap(o -> AnalystTables.entities(parse(o)).iterator()),
                        AnalystTables.ENTITIES, "entities", true)),
                new Write("quotes", () -> table(analyzed.flatMap(o -> AnalystTables.quotes(parse(o)).iterator()),
                        AnalystTables.QUOTES, "quotes", true)),
                new Write("events", () -> table(analyzed.flatMap(o -> AnalystTables.events(parse(o)).iterator()),
                        AnalystTables.EVENTS, "events", true)),
                new Write("failures", () -> table(outcomes.filter(o -> !o.isAnalyzed()).map(AnalystTables::failure),
                        AnalystTables.FAILURES, "failures", false)));
        SparkContext context = spark.sparkContext();
        ExecutorService threads = Executors.newFixedThreadPool(writes.size(), r -> {
            Thread t = new Thread(r, "herald-output");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Write w : writes) {
                pending.add(threads.submit(() -> {
                    context.setJobDescription(jobLabel + " " + w.name());
                    w.write().run();
                }));
            }
            for (Future<?> p : pending) {
                await(p);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the outputs were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("an output could not be written", e.getCause());
        }
    }

    private String path(String name) {
        return output + "/" + name;
    }

    /**
     * Writes one table. A partitioned write of no rows writes no file, and readers would not find
     * the columns: an empty table is then written again unpartitioned, which still writes one file
     * with the schema.
     */
    private void table(JavaRDD<Row> rows, StructType schema, String name, boolean byMonth) {
        String path = path(name);
        var writer = spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite);
        if (!byMonth) {
            writer.parquet(path);
            return;
        }
        writer.partitionBy(AnalystTables.MONTH).parquet(path);
        if (!hasDataFiles(path)) {
            spark.createDataFrame(List.<Row>of(), schema).write().mode(SaveMode.Overwrite).parquet(path);
        }
    }

    private boolean hasDataFiles(String table) {
        Path path = new Path(table);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            var files = fs.listFiles(path, true);
            while (files.hasNext()) {
                if (files.next().getPath().getName().endsWith(".parquet")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the table just written: " + table, e);
        }
    }

    private static JsonNode parse(Outcome analyzed) {
        try {
            return ArticleRecord.mapper().readTree(analyzed.record());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record Herald wrote is not JSON: " + analyzed.source(), e);
        }
    }
}
