package dev.herald.batch;

import dev.herald.analyze.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one article function over a stream of items on several threads, and hands every outcome to
 * a sink, in input order or as soon as ready. One bad item never stops the others: an exception
 * or an error thrown by the function, and an item that runs past the time limit, each become an
 * {@link Analysis.Failed} with its reason.
 *
 * <p>Threads: the function is shared by all worker threads, so it must be thread-safe (Herald's
 * {@code Analyzer} is: see {@link ItemAnalysis}). Items are taken from the iterator by one thread
 * at a time. The sink is called on the thread that called {@link #run}, one outcome at a time, so
 * it needs no locking.
 *
 * <p>Time limit: a watchdog gives up an item that has run longer than the timeout, reports it,
 * interrupts its thread and starts a fresh worker in its place, so the batch keeps its pace. Java
 * cannot stop a thread that ignores interruption: such a runaway goes on, as a daemon thread, until
 * its article ends or the process exits, and its result is dropped.
 *
 * <p>Memory: at most {@link BatchConfig#window()} items are taken from the iterator and not yet
 * handed to the sink, whatever the size of the input.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final BatchConfig config;
    private final Function<BatchItem, Analysis> function;

    /**
     * @param config   threads, time limit, order, window
     * @param function what to do with one item: thread-safe; may throw, may run away
     */
    public BatchRunner(BatchConfig config, Function<BatchItem, Analysis> function) {
        this.config = Objects.requireNonNull(config, "config");
        this.function = Objects.requireNonNull(function, "function");
    }

    /**
     * Runs the batch to the end of {@code items}.
     *
     * @param items the inputs, taken lazily; an exception thrown by the iterator ends the input
     *              and is reported as one failure
     * @param sink  gets every outcome, exactly once per item
     * @return counts and time
     */
    public BatchSummary run(Iterator<BatchItem> items, Consumer<Analysis> sink) {
        Run run = new Run(items);
        long start = System.nanoTime();
        Watchdog watchdog = new Watchdog(run, config.timeout(), this::startWorker);
        for (int i = 0; i < config.threads(); i++) {
            startWorker(run);
        }
        watchdog.start();
        try {
            Counts counts = drain(run, sink);
            return new BatchSummary(counts.analyzed, counts.failed, watchdog.timedOut(),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            watchdog.stop();
            run.stop();
        }
    }

    private void startWorker(Run run) {
        Worker worker = new Worker(run, function);
        run.workers.add(worker);
        worker.start();
    }

    /** Hands outcomes to the sink, in input order or as they come, until every item is out. */
    private Counts drain(Run run, Consumer<Analysis> sink) {
        Counts counts = new Counts();
        Map<Long, Analysis> pending = new TreeMap<>();
        long nextInOrder = 0;
        while (!run.finished(counts.emitted())) {
            Outcome outcome = poll(run.done);
            if (outcome == null) {
                continue;
            }
            if (config.order() == BatchConfig.Order.COMPLETION) {
                counts.emit(outcome.analysis(), sink, run);
                continue;
            }
            pending.put(outcome.seq(), outcome.analysis());
            Analysis next;
            while ((next = pending.remove(nextInOrder)) != null) {
                counts.emit(next, sink, run);
                nextInOrder++;
            }
        }
        return counts;
    }

    private static Outcome poll(BlockingQueue<Outcome> done) {
        try {
            return done.poll(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        }
    }

    /** An item with its position in the input. */
    record Numbered(long seq, BatchItem item) {
    }

    /** The outcome of the item at {@code seq}. */
    record Outcome(long seq, Analysis analysis) {
    }

    private static final class Counts {
        long analyzed;
        long failed;

        long emitted() {
            return analyzed + failed;
        }

        void emit(Analysis analysis, Consumer<Analysis> sink, Run run) {
            if (analysis instanceof Analysis.Failed) {
                failed++;
            } else {
                analyzed++;
            }
            sink.accept(analysis);
            run.window.release();
        }
    }

    /** The state one run shares between its workers, its watchdog and the draining thread. */
    final class Run {
        private final Iterator<BatchItem> items;
        private long taken;
        private boolean exhausted;
        final Semaphore window = new Semaphore(config.window());
        final BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
        final java.util.Set<Worker> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        volatile boolean stopped;

        Run(Iterator<BatchItem> items) {
            this.items = items;
        }

        /** {@return the next item, or null at the end of the input} */
        synchronized Numbered next() {
            if (exhausted || stopped) {
                return null;
            }
            try {
                if (items.hasNext()) {
                    BatchItem item = items.next();
                    return new Numbered(taken++, item);
                }
                exhausted = true;
                return null;
            } catch (RuntimeException e) {
                LOG.debug("reading the inputs failed", e);
                exhausted = true;
                return new Numbered(taken++, new BatchItem.Broken("(inputs)", "reading the inputs failed: " + e));
            }
        }

        synchronized boolean finished(long emitted) {
            return exhausted && emitted == taken;
        }

        void stop() {
            stopped = true;
            workers.forEach(Worker::interrupt);
        }
    }
}
