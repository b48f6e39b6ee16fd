package dev.herald.spark;

import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Analyzer} per configuration per executor JVM: the first task that needs it loads the
 * CoreNLP models, the executor's other task threads wait for it and then share it ({@code Analyzer}
 * is thread-safe). It stays loaded for the executor's life, so later stages and jobs reuse it.
 */
final class ExecutorAnalyzers {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorAnalyzers.class);
    private static final Map<AnalyzerConfig, Analyzer> LOADED = new ConcurrentHashMap<>();

    private ExecutorAnalyzers() {
    }

    /** {@return the executor's analyzer for {@code config}, loaded on first use} */
    static Analyzer forConfig(AnalyzerConfig config) {
        return LOADED.computeIfAbsent(config, c -> {
            long start = System.nanoTime();
            Analyzer analyzer = new Analyzer(c);
            LOG.info("Herald analyzer loaded in {} ms ({}; {})", (System.nanoTime() - start) / 1_000_000,
                    ProcessClock.now(), c);
            return analyzer;
        });
    }
}
