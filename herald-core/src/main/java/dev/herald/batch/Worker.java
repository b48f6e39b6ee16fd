package dev.herald.batch;

import dev.herald.analyze.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One thread of a batch: takes an item, runs the function on it, posts the outcome, and again,
 * until the input ends. The watchdog may take its current item away ({@link #giveUp}); the worker
 * then drops its result and ends, since a fresh worker has taken its place.
 */
final class Worker {
    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    /** The item being worked on and when it started; null between items. */
    record Job(BatchRunner.Numbered item, long startNanos) {
    }

    private final BatchRunner.Run run;
    private final Function<BatchItem, Analysis> function;
    private final AtomicReference<Job> current = new AtomicReference<>();
    private final Thread thread;

    Worker(BatchRunner.Run run, Function<BatchItem, Analysis> function) {
        this.run = run;
        this.function = function;
        this.thread = new Thread(this::loop, "herald-batch-" + NEXT_ID.incrementAndGet());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void interrupt() {
        thread.interrupt();
    }

    /** {@return the current job, or null between items} */
    Job current() {
        return current.get();
    }

    /**
     * Takes {@code job} away from this worker if it is still running it.
     *
     * @return true when the job was taken: its outcome is now the caller's to post
     */
    boolean giveUp(Job job) {
        if (!current.compareAndSet(job, null)) {
            return false;
        }
        run.workers.remove(this);
        thread.interrupt();
        return true;
    }

    private void loop() {
        try {
            while (!run.stopped) {
                run.window.acquire();
                BatchRunner.Numbered item = run.next();
                if (item == null) {
                    run.window.release();
                    break;
                }
                Job job = new Job(item, System.nanoTime());
                current.set(job);
                Analysis analysis = analyze(item.item());
                if (!current.compareAndSet(job, null)) {
                    return;
                }
                run.done.add(new BatchRunner.Outcome(item.seq(), analysis));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.workers.remove(this);
    }

    /** Runs the function, turning whatever it throws into a failure with a reason. */
    private Analysis analyze(BatchItem item) {
        try {
            return function.apply(item);
        } catch (StackOverflowError e) {
            return new Analysis.Failed(item.source(), "too deeply nested to analyze (stack overflow)");
        } catch (OutOfMemoryError e) {
            return new Analysis.Failed(item.source(), "out of memory while analyzing");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.debug("analysis of {} failed", item.source(), e);
            return new Analysis.Failed(item.source(), "internal error: " + e);
        }
    }
}
