package dev.herald.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import dev.herald.record.ArticleRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Herald's analysis as a Spark job. The driver lists the input files ({@link InputListing}); the
 * executors read them (containers give their records), analyze each article with the executor's
 * shared {@code Analyzer} ({@link PartitionAnalysis}), and the job writes under the output directory:
 * <ul>
 *   <li>{@code records/}: the article records as JSON Lines, each line identical to
 *       {@code herald analyze --format jsonl} for the same input and options (in another order);</li>
 *   <li>{@code articles/}, {@code entities/}, {@code quotes/}, {@code events/}: Parquet tables of
 *       {@link AnalystTables}, partitioned by publication {@code month};</li>
 *   <li>{@code failures/}: a Parquet table of the inputs that failed, with the reason.</li>
 * </ul>
 * A bad input is a failure row, never a failed job. Each output is written in Spark's overwrite
 * mode through its commit protocol: a retried task's output replaces its first attempt's, and
 * running the job again replaces the previous run, so nothing is written twice. Record ids are
 * hashes of the content, so they are the same in every attempt.
 */
public final class AnalyzeJob {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeJob.class);

    private final SparkSession spark;
    private final JobSettings settings;

    public AnalyzeJob(SparkSession spark, JobSettings settings) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** What one run did. */
    public record Summary(long analyzed, long failed, Duration took) {
    }

    /** {@return what became of {@code inputs}, once written under {@code output}} */
    public Summary run(List<String> inputs, String output) {
        long start = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputListing.Listing listing = InputListing.list(inputs, context.hadoopConfiguration());
        LOG.info("Herald job: {} input files, {} inputs unreadable", listing.files().size(), listing.failures().size());
        JavaRDD<Outcome> outcomes = analyze(context, listing)
                .union(context.parallelize(listing.failures(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            write(outcomes, output);
            Map<Boolean, Long> counts = outcomes.map(Outcome::isAnalyzed).countByValue();
            return new Summary(counts.getOrDefault(true, 0L), counts.getOrDefault(false, 0L),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            outcomes.unpersist(false);
        }
    }

    private JavaRDD<Outcome> analyze(JavaSparkContext context, InputListing.Listing listing) {
        int parallelism = context.defaultParallelism();
        // Several partitions per core, so that a core that gets long articles does not hold up the end.
        int slices = Math.max(1, Math.min(listing.files().size(), 4 * parallelism));
        Broadcast<HadoopSettings> hadoop = context.broadcast(HadoopSettings.of(context.hadoopConfiguration()));
        JavaRDD<RawItem> items = context.parallelize(listing.files(), slices)
                .flatMap(new FileItems(settings, hadoop));
        if (listing.files().size() < 2 * parallelism) {
            // Few files (a few large JSON Lines or WARC files): spread their records over all cores.
            items = items.repartition(4 * parallelism);
        }
        return items.mapPartitions(new PartitionAnalysis(settings));
    }

    private void write(JavaRDD<Outcome> outcomes, String output) {
        JavaRDD<Outcome> analyzed = outcomes.filter(Outcome::isAnalyzed);
        long start = System.nanoTime();
        spark.createDataset(analyzed.map(Outcome::record).rdd(), Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(output + "/records");
        LOG.info("Herald job: articles analyzed and records written in {} s", seconds(start));
        start = System.nanoTime();
        table(analyzed.map(o -> AnalystTables.article(parse(o))), AnalystTables.ARTICLES, output + "/articles", true);
        table(analyzed.flatMap(o -> AnalystTables.entities(parse(o)).iterator()), AnalystTables.ENTITIES,
                output + "/entities", true);
        table(analyzed.flatMap(o -> AnalystTables.quotes(parse(o)).iterator()), AnalystTables.QUOTES,
                output + "/quotes", true);
        table(analyzed.flatMap(o -> AnalystTables.events(parse(o)).iterator()), AnalystTables.EVENTS,
                output + "/events", true);
        table(outcomes.filter(o -> !o.isAnalyzed()).map(AnalystTables::failure), AnalystTables.FAILURES,
                output + "/failures", false);
        LOG.info("Herald job: tables written in {} s", seconds(start));
    }

    private static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /**
     * Writes one table. A partitioned write of no rows writes no file, and readers would not find
     * the columns: an empty table is then written again unpartitioned, which still writes one file
     * with the schema.
     */
    private void table(JavaRDD<Row> rows, StructType schema, String path, boolean byMonth) {
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

    /** The items of one input file, read on an executor through Hadoop's file system. */
    private static final class FileItems implements FlatMapFunction<InputFile, RawItem> {
        private final JobSettings settings;
        private final Broadcast<HadoopSettings> hadoop;

        FileItems(JobSettings settings, Broadcast<HadoopSettings> hadoop) {
            this.settings = settings;
            this.hadoop = hadoop;
        }

        @Override
        public Iterator<RawItem> call(InputFile file) {
            Path path = new Path(file.uri());
            BatchInputs inputs = new BatchInputs(settings.analyzer().ingest());
            Iterator<BatchItem> items = inputs.expandFile(file.name(), settings.inputFormat(),
                    settings.hints(), () -> {
                        FileSystem fs = path.getFileSystem(hadoop.value().toConfiguration());
                        return fs.open(path);
                    });
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public RawItem next() {
                    return RawItem.of(items.next());
                }
            };
        }
    }
}
