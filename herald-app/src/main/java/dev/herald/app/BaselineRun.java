package dev.herald.app;

import dev.herald.nlp.StockCoreNlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stock CoreNLP over a list of texts on {@code threads} threads sharing one pipeline, each thread
 * taking the next text until none is left; a short warm-up (at most 20 texts) is not timed.
 *
 * @param articles how many texts were annotated
 * @param nanos    the time it took
 * @param tokens   how many tokens CoreNLP made
 * @param cpuNanos the CPU time the process used meanwhile
 * @param failed   how many texts CoreNLP threw on
 */
record BaselineRun(int articles, long nanos, long tokens, long cpuNanos, int failed) {
    private static final int MAX_WARMUP = 20;

    double seconds() {
        return BenchCommand.seconds(nanos);
    }

    double rate() {
        return articles / seconds();
    }

    /** Loads stock CoreNLP with {@code loader}, warms it up and {@return the timed run over {@code texts}} */
    static BaselineRun measure(BenchCommandStock loader, List<String> texts, int threads, int warmup) {
        StockCoreNlp stock = loader.load();
        annotateAll(stock, texts.subList(0, Math.min(Math.min(warmup, MAX_WARMUP), texts.size())), threads,
                new AtomicInteger());
        AtomicInteger failed = new AtomicInteger();
        long cpuStart = BenchCommand.processCpuNanos();
        long start = System.nanoTime();
        long tokens = annotateAll(stock, texts, threads, failed);
        return new BaselineRun(texts.size(), System.nanoTime() - start, tokens,
                BenchCommand.processCpuNanos() - cpuStart, failed.get());
    }

    double cpuPerArticle() {
        return BenchCommand.seconds(cpuNanos) / articles;
    }

    private static long annotateAll(StockCoreNlp stock, List<String> texts, int threads, AtomicInteger failed) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < texts.size()) {
                    try {
                        tokens.addAndGet(stock.annotate(texts.get(i)));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }, "corenlp-baseline-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("baseline interrupted", e);
            }
        }
        return tokens.get();
    }

    /** What loads stock CoreNLP (and reports how long it took). */
    interface BenchCommandStock {
        StockCoreNlp load();
    }
}
