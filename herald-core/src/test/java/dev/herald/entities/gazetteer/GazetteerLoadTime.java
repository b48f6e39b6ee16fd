package dev.herald.entities.gazetteer;

import dev.herald.nlp.CoreNlpAnnotator;
import dev.herald.nlp.NlpProfile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;

/**
 * Start-up cost of the gazetteer in a fresh JVM; prints one line. {@code eval/gazetteer-load.sh} runs
 * it in several JVMs and also prints the resources' size.
 *
 * <ul>
 *   <li>{@code alone} (default): the whole load on this thread, wall and CPU time, and the part spent
 *       on the reference dictionaries (GeoNames, PETRARCH2). CPU time says what the load costs even
 *       when other work slows the wall clock.</li>
 *   <li>{@code startup}: what {@code Analyzer} does: the load started in the background, CoreNLP's
 *       fast-profile models loaded on this thread, then the gazetteer joined. What the gazetteer adds
 *       to start-up is the time spent waiting at the join.</li>
 * </ul>
 */
public final class GazetteerLoadTime {
    private GazetteerLoadTime() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "alone" : args[0];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        switch (mode) {
            case "alone" -> {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Gazetteer g = Gazetteer.load(EntitiesConfig.defaults());
                System.out.printf("alone: load %d ms (CPU %d ms), reference dictionaries %d ms%n",
                        (System.nanoTime() - start) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, g.referenceLoadMillis());
            }
            case "startup" -> {
                long start = System.nanoTime();
                CompletableFuture<Gazetteer> loading = Gazetteer.inBackground(EntitiesConfig.defaults());
                new CoreNlpAnnotator(NlpProfile.FAST);
                long models = System.nanoTime();
                Gazetteer.joined(loading);
                long joined = System.nanoTime();
                System.out.printf("startup: models %d ms, then waited %d ms for the gazetteer%n",
                        (models - start) / 1_000_000, (joined - models) / 1_000_000);
            }
            default -> throw new IllegalArgumentException("usage: GazetteerLoadTime [alone|startup]");
        }
    }
}
