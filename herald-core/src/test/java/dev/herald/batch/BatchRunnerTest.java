package dev.herald.batch;

import dev.herald.analyze.Analysis;
import dev.herald.analyze.Hints;
import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Metadata;
import dev.herald.model.Source;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch runner with article functions built from a {@link Pipeline} of test stages (no models):
 * order, failures, time limits, bounded look-ahead, threads.
 */
class BatchRunnerTest {
    /** Set at the end of each test: lets a stage that ignores interruption finish. */
    private final AtomicBoolean released = new AtomicBoolean();

    @AfterEach
    void releaseRunaways() {
        released.set(true);
    }

    /** Items whose content is the text of the article; the source is "item-N". */
    private static List<BatchItem> items(String... texts) {
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new BatchItem.Content("item-" + i, texts[i].getBytes(StandardCharsets.UTF_8),
                    InputFormat.PLAIN, Hints.none()));
        }
        return items;
    }

    /** The article function of a batch built from a pipeline: content becomes the article's text. */
    private static Function<BatchItem, Analysis> through(Pipeline pipeline) {
        return item -> {
            if (item instanceof BatchItem.Broken b) {
                return new Analysis.Failed(b.source(), b.reason());
            }
            String text = new String(((BatchItem.Content) item).bytes(), StandardCharsets.UTF_8);
            Article article = Article.of(new Source(item.source(), java.util.Optional.empty(), InputFormat.PLAIN),
                    Metadata.empty(), text, List.of(), List.of());
            return new Analysis.Analyzed(item.source(), pipeline.apply(article));
        };
    }

    /** A stage that acts on the article's text: "sleep N" sleeps N ms, "fail" throws, "spin" runs away. */
    private final class Behaviour implements Stage {
        @Override
        public String name() {
            return "behaviour";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of();
        }

        @Override
        public Article apply(Article article) {
            String text = article.text();
            if (text.startsWith("sleep ")) {
                sleep(Long.parseLong(text.substring(6)));
            } else if (text.equals("fail")) {
                throw new IllegalStateException("stage failed on purpose");
            } else if (text.equals("spin")) {
                while (!released.get()) {
                    Thread.onSpinWait();
                }
            } else if (text.equals("deep")) {
                throw new StackOverflowError();
            }
            return article;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs the batch and renders each outcome as "source ok" or "source: reason". */
    private static List<String> run(BatchConfig config, Function<BatchItem, Analysis> function, List<BatchItem> items) {
        List<String> out = new ArrayList<>();
        new BatchRunner(config, function).run(items.iterator(), a -> out.add(
                a instanceof Analysis.Failed f ? f.path() + ": " + f.reason() : a.path() + " ok"));
        return out;
    }

    private final Function<BatchItem, Analysis> behaviour = through(Pipeline.of(new Behaviour()));

    @Test
    void outcomes_come_out_in_input_order_when_later_items_finish_first() {
        List<BatchItem> items = items("sleep 300", "sleep 1", "sleep 100", "sleep 1", "sleep 1");

        assertThat(run(BatchConfig.of(3), behaviour, items))
                .containsExactly("item-0 ok", "item-1 ok", "item-2 ok", "item-3 ok", "item-4 ok");
    }

    @Test
    void unordered_outcomes_come_as_soon_as_ready_each_once() {
        List<BatchItem> items = items("sleep 600", "sleep 1", "sleep 1", "sleep 1");

        List<String> out = run(BatchConfig.of(2).withOrder(BatchConfig.Order.COMPLETION), behaviour, items);

        assertThat(out).containsExactlyInAnyOrder("item-0 ok", "item-1 ok", "item-2 ok", "item-3 ok");
        assertThat(out.get(3)).isEqualTo("item-0 ok");
    }

    @Test
    void a_failing_item_is_reported_with_its_reason_and_the_others_still_come_out() {
        List<BatchItem> items = new ArrayList<>(items("sleep 1", "fail", "deep", "sleep 1"));
        items.add(new BatchItem.Broken("feed.jsonl:7", "not JSON"));

        List<String> out = run(BatchConfig.of(2), behaviour, items);

        assertThat(out).containsExactly("item-0 ok",
                "item-1: internal error: java.lang.IllegalStateException: stage failed on purpose",
                "item-2: too deeply nested to analyze (stack overflow)",
                "item-3 ok",
                "feed.jsonl:7: not JSON");
    }

    @Test
    void an_item_past_the_time_limit_fails_and_the_batch_goes_on_without_waiting_for_it() {
        BatchConfig config = BatchConfig.of(1).withTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();

        BatchSummary[] summary = new BatchSummary[1];
        List<String> out = new ArrayList<>();
        summary[0] = new BatchRunner(config, behaviour).run(items("sleep 1", "spin", "sleep 1", "sleep 1").iterator(),
                a -> out.add(a instanceof Analysis.Failed f ? f.path() + ": " + f.reason() : a.path() + " ok"));

        assertThat(out).containsExactly("item-0 ok", "item-1: timed out after 200 ms", "item-2 ok", "item-3 ok");
        assertThat(summary[0].failed()).isEqualTo(1);
        assertThat(summary[0].timedOut()).isEqualTo(1);
        assertThat(summary[0].analyzed()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_item_that_sleeps_past_the_time_limit_is_interrupted() {
        BatchConfig config = BatchConfig.of(2).withTimeout(Duration.ofMillis(100));

        assertThat(run(config, behaviour, items("sleep 60000", "sleep 1", "sleep 60000", "sleep 1")))
                .containsExactly("item-0: timed out after 100 ms", "item-1 ok", "item-2: timed out after 100 ms",
                        "item-3 ok");
    }

    @Test
    void the_input_is_read_no_further_ahead_than_the_window() {
        AtomicInteger taken = new AtomicInteger();
        Iterator<BatchItem> all = items(IntStream.range(0, 100).mapToObj(i -> i == 0 ? "sleep 400" : "sleep 1")
                .toArray(String[]::new)).iterator();
        Iterator<BatchItem> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public BatchItem next() {
                taken.incrementAndGet();
                return all.next();
            }
        };
        AtomicInteger takenAtFirstOutcome = new AtomicInteger(-1);
        BatchConfig config = new BatchConfig(2, Duration.ofSeconds(30), BatchConfig.Order.INPUT, 5);

        new BatchRunner(config, behaviour).run(counting, a -> takenAtFirstOutcome.compareAndSet(-1, taken.get()));

        assertThat(takenAtFirstOutcome.get()).isLessThanOrEqualTo(5);
        assertThat(taken.get()).isEqualTo(100);
    }

    @Test
    void an_exception_from_the_input_ends_it_with_one_failure() {
        Iterator<BatchItem> good = items("sleep 1", "sleep 1").iterator();
        Iterator<BatchItem> breaking = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BatchItem next() {
                if (good.hasNext()) {
                    return good.next();
                }
                throw new IllegalStateException("disk gone");
            }
        };
        List<String> out = new ArrayList<>();

        new BatchRunner(BatchConfig.of(2), behaviour).run(breaking, a -> out.add(a instanceof Analysis.Failed f
                ? f.path() + ": " + f.reason() : a.path() + " ok"));

        assertThat(out).containsExactly("item-0 ok", "item-1 ok",
                "(inputs): reading the inputs failed: java.lang.IllegalStateException: disk gone");
    }

    @Test
    void many_items_on_several_threads_give_each_outcome_once_in_order() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Function<BatchItem, Analysis> recording = item -> {
            threads.add(Thread.currentThread().getName());
            sleep(1);
            return new Analysis.Failed(item.source(), "seen");
        };
        List<BatchItem> items = items(IntStream.range(0, 500).mapToObj(i -> "x").toArray(String[]::new));

        List<String> out = run(BatchConfig.of(4), recording, items);

        assertThat(out).containsExactlyElementsOf(IntStream.range(0, 500).mapToObj(i -> "item-" + i + ": seen").toList());
        assertThat(threads).hasSizeGreaterThan(1);
    }

    @Test
    void an_empty_input_gives_an_empty_summary() {
        BatchSummary summary = new BatchRunner(BatchConfig.of(2), behaviour).run(List.<BatchItem>of().iterator(), a -> {
            throw new AssertionError("no outcome expected");
        });

        assertThat(summary.total()).isZero();
    }
}
