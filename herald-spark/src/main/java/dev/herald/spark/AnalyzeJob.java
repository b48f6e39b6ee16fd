package dev.herald.spark;

import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
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
    private static final int ANALYZED = 0;
    private static final int FAILED = 1;

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
        LOG.info("Herald job: {} input files, {} inputs unreadable ({})", listing.files().size(),
                listing.failures().size(), ProcessClock.now());
        JavaRDD<Outcome> outcomes = analyze(context, listing)
                .union(context.parallelize(listing.failures(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // The analysis runs once, in its balanced partitions, and is kept; every output reads it.
            context.setJobDescription("herald: analyze");
            // Counted in the analysis stage itself: no shuffle, no second stage of tasks.
            long[] counts = outcomes.aggregate(new long[2], AnalyzeJob::count, AnalyzeJob::add);
            LOG.info("Herald job: articles analyzed in {} s ({})", seconds(start), ProcessClock.now());
            long writing = System.nanoTime();
            // One output file per core rather than one per small analysis partition.
            new JobOutputs(spark, output).write(outcomes.coalesce(context.defaultParallelism()));
            LOG.info("Herald job: records and tables written in {} s ({})", seconds(writing), ProcessClock.now());
            return new Summary(counts[ANALYZED], counts[FAILED], Duration.ofNanos(System.nanoTime() - start));
        } finally {
            context.clearJobGroup();
            outcomes.unpersist(false);
        }
    }

    private JavaRDD<Outcome> analyze(JavaSparkContext context, InputListing.Listing listing) {
        int parallelism = context.defaultParallelism();
        WorkSlices work = WorkSlices.of(listing.files(), parallelism);
        LOG.info("Herald job: {} files in {} partitions, largest first, for {} cores",
                work.files().size(), work.slices(), parallelism);
        Broadcast<HadoopSettings> hadoop = context.broadcast(HadoopSettings.of(context.hadoopConfiguration()));
        JavaRDD<RawItem> items = context.parallelize(work.files(), work.slices())
                .flatMap(new FileItems(settings, hadoop));
        if (listing.files().size() < 2 * parallelism) {
            // Few files (a few large JSON Lines or WARC files): spread their records over all cores.
            items = items.repartition(4 * parallelism);
        }
        return items.mapPartitions(new PartitionAnalysis(settings));
    }

    /** Adds one outcome to the counts of analyzed and failed inputs (Spark gives each partition its own copy). */
    private static long[] count(long[] counts, Outcome outcome) {
        counts[outcome.isAnalyzed() ? ANALYZED : FAILED]++;
        return counts;
    }

    private static long[] add(long[] counts, long[] more) {
        counts[ANALYZED] += more[ANALYZED];
        counts[FAILED] += more[FAILED];
        return counts;
    }

    private static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
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
