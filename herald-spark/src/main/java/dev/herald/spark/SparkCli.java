package dev.herald.spark;

import dev.herald.app.AnalysisOptions;
import dev.herald.app.DurationConverter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code herald spark}: the {@link AnalyzeJob} from the command line, locally ({@code --master
 * 'local[*]'}, the default) or under {@code spark-submit} (which sets the master). Takes the analysis
 * options of {@code herald analyze}, with the same defaults. Prints one summary line on standard
 * error; exits 0 when the job ran (failed inputs are rows of {@code failures}), 2 on bad usage, 1
 * when the job itself failed (output not writable, cluster lost).
 */
@Command(name = "herald spark", mixinStandardHelpOptions = true,
        description = "Analyze articles with Apache Spark: JSON Lines records and Parquet tables for analysts.")
public final class SparkCli implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SparkCli.class);

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2], spark://host:7077 (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "files, directories, .jsonl or .warc files, on any Hadoop file system")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "where records/, articles/, entities/, quotes/, events/ and failures/ are written (replaced)")
    String output;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "time limit per article, e.g. 30s, 500ms, 2m; an article past it fails (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @CommandLine.Mixin
    AnalysisOptions analysis;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** {@return the exit status of running {@code args}} */
    public static int run(String... args) {
        return new CommandLine(new SparkCli()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        JobSettings settings = new JobSettings(analysis.analyzerConfig(), analysis.inputFormat(),
                analysis.date().orElse(null), analysis.url().orElse(null), timeout);
        SparkConf conf = new SparkConf().setAppName("herald");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            loadModelsWhileSparkStarts(settings);
            // Fair scheduling between pools, so that the warm-up's one-task jobs (a pool of their own)
            // take a core as soon as one frees instead of queuing behind every task of the analysis.
            conf.setIfMissing("spark.scheduler.mode", "FAIR");
        }
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
             SqlWarmUp warmUp = SqlWarmUp.start(spark)) {
            LOG.info("Herald job: Spark session up ({})", ProcessClock.now());
            AnalyzeJob.Summary s = new AnalyzeJob(spark, settings).run(inputs, output);
            double seconds = s.took().toMillis() / 1000.0;
            System.err.printf(Locale.ROOT, "herald spark: %d analyzed, %d failed, %.1f s, %.2f articles/s%s -> %s%n",
                    s.analyzed(), s.failed(), seconds, s.analyzed() / Math.max(seconds, 0.001),
                    conf.get("spark.master").startsWith("local") ? ", peak heap " + peakHeapMb() + " MB" : "",
                    output);
        }
        return 0;
    }

    /**
     * In local mode the executor is this JVM: its analyzer is loaded on a thread of its own while
     * Spark starts, and the first task waits for it instead of loading it (the same load, once).
     */
    private static void loadModelsWhileSparkStarts(JobSettings settings) {
        Thread loader = new Thread(() -> ExecutorAnalyzers.forConfig(settings.analyzer()), "herald-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** {@return the peak heap used by this JVM (driver and, in local mode, the executor), in MB} */
    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
