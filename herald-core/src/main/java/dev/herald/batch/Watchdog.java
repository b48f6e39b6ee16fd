package dev.herald.batch;

import dev.herald.analyze.Analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Looks at every worker a few times per time limit and gives up the items that ran past it: each
 * becomes a failure, and a fresh worker replaces the one that was running it.
 */
final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private final BatchRunner.Run run;
    private final Duration timeout;
    private final Consumer<BatchRunner.Run> replaceWorker;
    private final AtomicLong timedOut = new AtomicLong();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "herald-batch-watchdog");
        t.setDaemon(true);
        return t;
    });

    Watchdog(BatchRunner.Run run, Duration timeout, Consumer<BatchRunner.Run> replaceWorker) {
        this.run = run;
        this.timeout = timeout;
        this.replaceWorker = replaceWorker;
    }

    void start() {
        long tick = Math.max(5, Math.min(250, timeout.toMillis() / 10));
        clock.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.MILLISECONDS);
    }

    void stop() {
        clock.shutdownNow();
    }

    long timedOut() {
        return timedOut.get();
    }

    private void check() {
        try {
            giveUpLateItems();
        } catch (RuntimeException e) {
            LOG.error("the batch watchdog failed; time limits are no longer enforced", e);
            throw e;
        }
    }

    private void giveUpLateItems() {
        long now = System.nanoTime();
        for (Worker worker : run.workers) {
            Worker.Job job = worker.current();
            if (job != null && now - job.startNanos() > timeout.toNanos() && worker.giveUp(job)) {
                timedOut.incrementAndGet();
                String source = job.item().item().source();
                run.done.add(new BatchRunner.Outcome(job.item().seq(),
                        new Analysis.Failed(source, "timed out after " + describe(timeout))));
                replaceWorker.accept(run);
            }
        }
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
