package dev.herald.serve;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Analyzer;
import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The one {@link Analyzer} of a server process, shared by every request (it is thread-safe). Its
 * models load once, on first use or when {@link #warmUp()} starts them in the background, so the
 * server answers reads before they are loaded.
 */
public final class SharedAnalyzer {
    private final Supplier<Analyzer> factory;
    private final CompletableFuture<Analyzer> loaded = new CompletableFuture<>();
    private boolean started;

    private SharedAnalyzer(Supplier<Analyzer> factory) {
        this.factory = factory;
    }

    /** {@return an analyzer of {@code config}, loaded when first needed} */
    public static SharedAnalyzer of(AnalyzerConfig config) {
        return new SharedAnalyzer(() -> new Analyzer(config));
    }

    /** {@return a shared analyzer around one already built} */
    public static SharedAnalyzer of(Analyzer analyzer) {
        SharedAnalyzer shared = new SharedAnalyzer(() -> analyzer);
        shared.start();
        return shared;
    }

    /** Starts loading the models on a background thread, if not started yet. */
    public void warmUp() {
        Thread loader = new Thread(this::start, "herald-models");
        loader.setDaemon(true);
        loader.start();
    }

    /** {@return the analysis of {@code bytes} (text or HTML), named {@code name} in failures} */
    public Analysis analyze(String name, byte[] bytes, Hints hints) {
        Analyzer analyzer = get();
        return analyzer.analyze(analyzer.reader().read(name, new ByteArrayInputStream(bytes), InputFormat.AUTO), hints);
    }

    private Analyzer get() {
        start();
        try {
            return loaded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the models load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the models failed to load: " + e.getCause(), e.getCause());
        }
    }

    private void start() {
        synchronized (this) {
            if (started) {
                return;
            }
            started = true;
        }
        try {
            loaded.complete(factory.get());
        } catch (RuntimeException | Error e) {
            loaded.completeExceptionally(e);
        }
    }
}
