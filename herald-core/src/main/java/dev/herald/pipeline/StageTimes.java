package dev.herald.pipeline;

import dev.herald.model.Article;
import dev.herald.model.Layer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CPU time each stage of a pipeline spent, summed over every thread that ran it: where a
 * benchmark's time goes. CPU time of the calling thread, so a stage's figure does not grow when other
 * work on the machine delays it. Thread-safe; {@link #timed(Pipeline)} gives a pipeline whose stages
 * add to it.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    /** {@return {@code pipeline} with each stage's CPU time added to these times} */
    public Pipeline timed(Pipeline pipeline) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : pipeline.stages()) {
            LongAdder adder = new LongAdder();
            synchronized (nanos) {
                nanos.put(s.name(), adder);
            }
            stages.add(new Timed(s, adder));
        }
        return Pipeline.of(stages);
    }

    /** Starts every stage at zero (after a warm-up). */
    public void reset() {
        synchronized (nanos) {
            nanos.values().forEach(LongAdder::reset);
        }
    }

    /** {@return the CPU nanoseconds of each stage so far, in pipeline order} */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((name, adder) -> out.put(name, adder.sum()));
        }
        return out;
    }

    private record Timed(Stage stage, LongAdder nanos) implements Stage {
        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public Set<Layer<?>> requires() {
            return stage.requires();
        }

        @Override
        public Set<Layer<?>> provides() {
            return stage.provides();
        }

        @Override
        public Article apply(Article article) {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return stage.apply(article);
            } finally {
                nanos.add(THREADS.getCurrentThreadCpuTime() - start);
            }
        }
    }
}
