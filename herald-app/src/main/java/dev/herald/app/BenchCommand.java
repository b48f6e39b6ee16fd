package dev.herald.app;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.batch.BatchConfig;
import dev.herald.batch.BatchInputs;
import dev.herald.batch.BatchItem;
import dev.herald.batch.BatchRunner;
import dev.herald.batch.BatchSummary;
import dev.herald.batch.ItemAnalysis;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.nlp.CoreNlpModels;
import dev.herald.nlp.NlpProfile;
import dev.herald.nlp.StockCoreNlp;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.StageTimes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code herald bench}: how fast Herald analyzes a corpus, and, with {@code --baseline corenlp},
 * how fast stock CoreNLP with its defaults annotates the same articles with the same threads in the
 * same run. The articles are read into memory first; both sides get a warm-up that is not timed.
 * CoreNLP gets the clean text Herald annotated (so it does no reading or cleaning). The last line
 * is {@code herald A articles/s, corenlp B articles/s, ratio R} (only {@code herald A articles/s}
 * without a baseline).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Herald's speed on a corpus, optionally against stock CoreNLP.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "the articles: a directory (recursively), JSON Lines or WARC files")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N",
            description = "use N articles, spread evenly over the corpus (default: all)")
    Integer limit;

    @Option(names = "--profile", defaultValue = "fast", converter = AnalysisOptions.ProfileConverter.class,
            description = "fast or full (default: ${DEFAULT-VALUE})")
    NlpProfile profile;

    @CommandLine.Mixin
    BatchOptions batch;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
            description = "articles analyzed before timing, on each side (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--baseline", paramLabel = "corenlp", description = "also run stock CoreNLP: corenlp")
    String baseline;

    @Override
    public Integer call() throws IOException {
        if (baseline != null && !baseline.equals("corenlp")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline takes corenlp, not '" + baseline + "'");
        }
        if (!Files.exists(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no corpus at " + corpus);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BatchConfig config = batch.config(spec).withOrder(BatchConfig.Order.COMPLETION);
        List<BatchItem> articles = load();
        out.printf(Locale.ROOT, "herald bench: %d articles from %s, profile %s, %d threads%n",
                articles.size(), corpus, profile.name().toLowerCase(Locale.ROOT), config.threads());

        long loadStart = System.nanoTime();
        AnalyzerConfig analyzerConfig = new AnalyzerConfig(profile, IngestConfig.defaults());
        StageTimes stageTimes = new StageTimes();
        Analyzer analyzer = new Analyzer(analyzerConfig.ingest(), stageTimes.timed(Pipeline.of(
                Analyzer.stagesFor(profile, analyzerConfig.reportedSpeech()))));
        ItemAnalysis analysis = new ItemAnalysis(analyzer, InputFormat.AUTO, Hints.none());
        double modelSeconds = seconds(System.nanoTime() - loadStart);
        analysis.apply(articles.get(0));
        double startup = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        out.printf(Locale.ROOT, "start-up: %.1f s from JVM start to the first record (models %.1f s)%n", startup, modelSeconds);

        Run warm = run(config, analysis, articles.subList(0, Math.min(warmup, articles.size())), false);
        out.printf(Locale.ROOT, "warm-up: %d articles in %.1f s%n", warm.summary.total(), warm.seconds());
        stageTimes.reset();
        String coreNlpBefore = CoreNlpModels.pipeline(profile).timingInformation();
        Run herald = run(config, analysis, articles, true);
        out.printf(Locale.ROOT, "herald: %d articles (%d failed) in %.1f s: %.1f articles/s, %,.0f tokens/s; "
                        + "heap peak %.2f GB used (limit %.2f GB)%n",
                herald.summary.total(), herald.summary.failed(), herald.seconds(), herald.rate(),
                herald.tokens / herald.seconds(), gb(herald.heap.peakUsed()),
                gb(Runtime.getRuntime().maxMemory()));
        out.printf(Locale.ROOT, "herald: %.3f CPU s per article (%.1f articles/s per busy core)%n",
                herald.cpuPerArticle(), 1 / herald.cpuPerArticle());
        printStages(out, stageTimes, herald.summary.total(), coreNlpBefore, CoreNlpModels.pipeline(profile).timingInformation());
        if (baseline == null) {
            out.printf(Locale.ROOT, "herald %.1f articles/s%n", herald.rate());
            return herald.summary.failed() == 0 ? 0 : 1;
        }
        BaselineRun stock = quietly(() -> BaselineRun.measure(new StockLoader(profile, out)::load, herald.texts,
                config.threads(), warmup));
        out.printf(Locale.ROOT, "corenlp: %d articles (%d failed) in %.1f s: %.1f articles/s, %,.0f tokens/s; "
                        + "%.3f CPU s per article (%.1f articles/s per busy core)%n",
                stock.articles(), stock.failed(), stock.seconds(), stock.rate(), stock.tokens() / stock.seconds(),
                stock.cpuPerArticle(), 1 / stock.cpuPerArticle());
        out.printf(Locale.ROOT, "herald %.1f articles/s, corenlp %.1f articles/s, ratio %.1f%n",
                herald.rate(), stock.rate(), herald.rate() / stock.rate());
        return herald.summary.failed() == 0 ? 0 : 1;
    }

    /**
     * Where the timed run's CPU time went: each stage's CPU milliseconds per article and share, then
     * CoreNLP's own split of its stage between its annotators (wall time it measures per annotator,
     * summed over threads; the warm-up's part is taken off).
     */
    private static void printStages(PrintStream out, StageTimes times, long articles, String coreNlpBefore,
                                    String coreNlpAfter) {
        Map<String, Long> nanos = times.nanos();
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "stages (CPU ms per article, share of the stages' CPU):%n");
        nanos.forEach((name, n) -> out.printf(Locale.ROOT, "  %-22s %8.1f ms %5.1f%%%n", name, n / 1e6 / articles,
                100.0 * n / Math.max(1, total)));
        Map<String, Double> before = CoreNlpTiming.parse(coreNlpBefore);
        Map<String, Double> after = CoreNlpTiming.parse(coreNlpAfter);
        double coreTotal = after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0))
                .sum();
        out.printf(Locale.ROOT, "corenlp annotators (wall ms per article summed over threads, share):%n");
        after.forEach((name, sec) -> {
            double s = sec - before.getOrDefault(name, 0.0);
            out.printf(Locale.ROOT, "  %-22s %8.1f ms %5.1f%%%n", name, s * 1000 / articles, 100 * s / Math.max(1e-9, coreTotal));
        });
    }

    /**
     * {@return what {@code task} gives, with {@code System.out} silenced meanwhile: stock CoreNLP's
     * quote attribution prints notes there, and standard output is the bench's report}
     */
    private static <T> T quietly(java.util.function.Supplier<T> task) {
        PrintStream saved = System.out;
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return task.get();
        } finally {
            System.setOut(saved);
        }
    }

    /** Reads the corpus into memory, so that timing leaves the disk out. */
    private List<BatchItem> load() throws IOException {
        List<BatchItem> all = new ArrayList<>();
        Iterator<BatchItem> items = new BatchInputs(IngestConfig.defaults()).expand(List.of(corpus));
        while (items.hasNext()) {
            BatchItem item = items.next();
            all.add(item instanceof BatchItem.File f
                    ? new BatchItem.Content(f.source(), Files.readAllBytes(f.path()), InputFormat.AUTO, Hints.none())
                    : item);
        }
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no articles in " + corpus);
        }
        if (limit == null || limit >= all.size()) {
            return all;
        }
        List<BatchItem> spread = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            spread.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return spread;
    }

    private static Run run(BatchConfig config, ItemAnalysis analysis, List<BatchItem> articles, boolean keepTexts) {
        AtomicLong tokens = new AtomicLong();
        List<String> texts = new ArrayList<>();
        HeapSampler heap = HeapSampler.start();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        BatchSummary summary = new BatchRunner(config, analysis).run(articles.iterator(), a -> {
            if (a instanceof Analysis.Analyzed done) {
                tokens.addAndGet(done.article().get(Layer.TOKENS).size());
                if (keepTexts) {
                    texts.add(done.article().text());
                }
            }
        });
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        heap.stop();
        return new Run(summary, elapsed, cpu, tokens.get(), texts, heap);
    }

    /** {@return the CPU time this process used so far, all threads (GC and compiler too)} */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private record Run(BatchSummary summary, long nanos, long cpuNanos, long tokens, List<String> texts,
                       HeapSampler heap) {
        double seconds() {
            return BenchCommand.seconds(nanos);
        }

        double rate() {
            return summary.total() / seconds();
        }

        /** {@return the CPU seconds spent per article, which other loads on the machine change little} */
        double cpuPerArticle() {
            return BenchCommand.seconds(cpuNanos) / summary.total();
        }
    }

    /** Loads stock CoreNLP when the baseline starts, and says how long it took. */
    private record StockLoader(NlpProfile profile, PrintStream out) {
        StockCoreNlp load() {
            long start = System.nanoTime();
            StockCoreNlp stock = new StockCoreNlp(profile);
            out.printf(Locale.ROOT, "corenlp (%s, its defaults): loaded in %.1f s%n", stock.annotators(),
                    seconds(System.nanoTime() - start));
            return stock;
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double gb(long bytes) {
        return bytes / (1024.0 * 1024 * 1024);
    }
}
