package dev.herald.app;

import java.lang.management.ManagementFactory;

/**
 * Samples the heap every 20 ms while a benchmark runs and keeps the peak used. Garbage not yet
 * collected counts too, so the peak follows the heap limit ({@code -Xmx}) as much as the need: run
 * with the limit to check, e.g. {@code HERALD_JAVA_OPTS="-Xmx3g"}.
 */
final class HeapSampler {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    void stop() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long peakUsed() {
        return peakUsed;
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
