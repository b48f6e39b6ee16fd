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
 * models load once, in the background, started by {@link #warmUp()} or by the first analysis asked
 * for, so the server answers reads before they are loaded (loading takes seconds). An analysis
 * asked for meanwhile is answered 503 with {@code Retry-After} rather than held: a request waiting
 * for the models would keep one of the server's few threads from the reads.
 */
public final class SharedAnalyzer {
    private final Supplier<Analyzer> factory;
    private final CompletableFuture<Analyzer> loaded = new CompletableFuture<>();
    private boolean started;

    /** Where the models are: {@code idle} until first needed, then {@code loading}, {@code ready} or {@code failed}. */
    public enum Status {
        IDLE, LOADING, READY, FAILED;

        /** {@return the status as {@code /healthz} writes it} */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Seconds a client is told to wait, with 503, while the models load. */
    static final int RETRY_AFTER_SECONDS = 5;

    private SharedAnalyzer(Supplier<Analyzer> factory) {
        this.factory = factory;
    }

    /** {@return an analyzer of {@code config}, loaded when first needed} */
    public static SharedAnalyzer of(AnalyzerConfig config) {
        return new SharedAnalyzer(() -> new Analyzer(config));
    }

    /** {@return a shared analyzer that {@code factory} builds when first needed (its models load then)} */
    static SharedAnalyzer lazily(Supplier<Analyzer> factory) {
        return new SharedAnalyzer(factory);
    }

    /** {@return a shared analyzer around one already built} */
    public static SharedAnalyzer of(Analyzer analyzer) {
        SharedAnalyzer shared = new SharedAnalyzer(() -> analyzer);
        shared.start();
        return shared;
    }

    /** Starts loading the models on a background thread, if not started yet. */
    public void warmUp() {
        synchronized (this) {
            if (started) {
                return;
            }
        }
        Thread loader = new Thread(this::start, "herald-models");
        loader.setDaemon(true);
        loader.start();
    }

    /** {@return where the models are} */
    public synchronized Status status() {
        if (!started) {
            return Status.IDLE;
        }
        if (!loaded.isDone()) {
            return Status.LOADING;
        }
        return loaded.isCompletedExceptionally() ? Status.FAILED : Status.READY;
    }

    /**
     * {@return the analysis of {@code bytes} (text or HTML), named {@code name} in failures}
     *
     * @throws ApiError 503 while the models load (loading them if nobody asked before), 500 when they failed to
     */
    public Analysis analyze(String name, byte[] bytes, Hints hints) {
        Analyzer analyzer = ready();
        return analyzer.analyze(analyzer.reader().read(name, new ByteArrayInputStream(bytes), InputFormat.AUTO), hints);
    }

    private Analyzer ready() {
        if (!loaded.isDone()) {
            warmUp();
            throw new ApiError(503, "the language models are still loading; try again in " + RETRY_AFTER_SECONDS
                    + " seconds (GET /healthz says when they are ready)");
        }
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
