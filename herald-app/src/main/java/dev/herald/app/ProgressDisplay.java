package dev.herald.app;

import dev.herald.analyze.Analysis;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The progress of a batch on standard error: articles done, rate, ETA, failures. Drawn by the
 * progress-bar library; the total is counted by a background thread that runs through the inputs
 * without analyzing them, so the bar starts at once and gets its ETA when the count is known.
 * {@link #none()} shows nothing (standard error is not a terminal, or {@code --no-progress}).
 */
class ProgressDisplay implements AutoCloseable {
    private static final String CLEAR_LINE = "\r\033[K";

    /** {@return a display that shows nothing} */
    static ProgressDisplay none() {
        return new ProgressDisplay();
    }

    /**
     * {@return a bar on {@code err} whose total is counted from the items {@code count} supplies}
     */
    static ProgressDisplay start(PrintStream err, String task, Supplier<Iterator<?>> count) {
        return new Bar(err, task, count);
    }

    /** {@return true when standard error is a terminal a person watches} */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** {@return true when standard output is a terminal a person reads} */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Counts one outcome. */
    void done(Analysis analysis) {
    }

    /** {@return {@code message} made ready to print on standard error while the bar is shown} */
    String aboveBar(String message) {
        return message;
    }

    @Override
    public void close() {
    }

    private static final class Bar extends ProgressDisplay {
        private final ProgressBar bar;
        private final Thread counter;
        private long failures;

        Bar(PrintStream err, String task, Supplier<Iterator<?>> count) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUnit(" articles", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(250).build();
            this.counter = new Thread(() -> countTotal(count), "herald-progress-count");
            counter.setDaemon(true);
            counter.start();
        }

        private void countTotal(Supplier<Iterator<?>> count) {
            long n = 0;
            Iterator<?> items = count.get();
            while (items.hasNext() && !Thread.currentThread().isInterrupted()) {
                items.next();
                n++;
            }
            bar.maxHint(n);
        }

        @Override
        void done(Analysis analysis) {
            if (analysis instanceof Analysis.Failed) {
                failures++;
                bar.setExtraMessage(" " + failures + " failed");
            }
            bar.step();
        }

        @Override
        String aboveBar(String message) {
            return CLEAR_LINE + message;
        }

        @Override
        public void close() {
            counter.interrupt();
            bar.close();
        }
    }
}
