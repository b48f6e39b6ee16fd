package dev.herald.spark;

import dev.herald.analyze.Analysis;
import dev.herald.batch.BatchConfig;
import dev.herald.batch.BatchItem;
import dev.herald.batch.BatchRunner;
import dev.herald.batch.ItemAnalysis;
import dev.herald.record.ArticleRecord;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Analyzes the items of one Spark partition with the executor's shared {@code Analyzer}, through the
 * same {@link BatchRunner} as {@code herald analyze}: an article that throws or runs past the time
 * limit becomes a failed outcome, and the partition goes on. One thread per task (Spark runs one
 * task per core); the outcomes are handed to Spark as they are ready, through a small queue, so a
 * partition of any size streams.
 */
final class PartitionAnalysis implements FlatMapFunction<Iterator<RawItem>, Outcome> {
    private static final int QUEUE = 16;

    private final JobSettings settings;

    PartitionAnalysis(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Outcome> call(Iterator<RawItem> items) {
        ItemAnalysis analysis = new ItemAnalysis(ExecutorAnalyzers.forConfig(settings.analyzer()),
                settings.inputFormat(), settings.hints());
        BatchRunner runner = new BatchRunner(BatchConfig.of(1).withTimeout(settings.timeout())
                .withOrder(BatchConfig.Order.COMPLETION), analysis);
        Stream stream = new Stream();
        Thread producer = new Thread(() -> stream.produce(runner, items), "herald-partition-analysis");
        producer.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> producer.interrupt());
        }
        producer.start();
        return stream;
    }

    static Outcome outcome(Analysis analysis) {
        if (analysis instanceof Analysis.Analyzed a) {
            return Outcome.analyzed(a.path(), ArticleRecord.toLine(ArticleRecord.of(a.article())));
        }
        Analysis.Failed f = (Analysis.Failed) analysis;
        return Outcome.failed(f.path(), f.reason());
    }

    /** The outcomes of the runner's thread, taken one by one by the task's thread. */
    private static final class Stream implements Iterator<Outcome> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        private Object next;

        void produce(BatchRunner runner, Iterator<RawItem> items) {
            Object last = END;
            try {
                runner.run(new Iterator<BatchItem>() {
                    @Override
                    public boolean hasNext() {
                        return items.hasNext();
                    }

                    @Override
                    public BatchItem next() {
                        return items.next().toBatchItem();
                    }
                }, analysis -> put(outcome(analysis)));
            } catch (RuntimeException | Error e) {
                last = e; // the task fails and Spark retries it: not a bad article, a broken executor
            } finally {
                put(last);
            }
        }

        private void put(Object element) {
            try {
                queue.put(element);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("task ended before its outcomes were taken", e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("task interrupted", e);
                }
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            if (next instanceof Error e) {
                throw e;
            }
            return next != END;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Outcome outcome = (Outcome) next;
            next = null;
            return outcome;
        }
    }
}
