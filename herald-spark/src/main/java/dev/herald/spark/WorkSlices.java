package dev.herald.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the listed files are cut into Spark partitions (one task each) so that every core stays busy
 * to the end. Spark hands tasks to free cores in partition order; a core that takes a long task
 * last keeps the job running while the other cores wait. So the files go largest first (their size
 * stands for their analysis time), and in many small partitions: the last tasks are then short, and
 * a core is idle at the end for at most one small task's time, where 4 partitions per core of
 * files in name order left a core idle for a quarter of its share.
 *
 * <p>A partition holds about {@value #FILES_PER_SLICE} files, with at least {@value #MIN_PER_CORE}
 * and at most {@value #MAX_PER_CORE} partitions per core: few enough that Spark's cost per task
 * (scheduling, a result sent to the driver, milliseconds) stays small against an article's
 * analysis (a second or so per core), and a big corpus does not flood the driver with tasks.
 *
 * @param files  the files, largest first (ties in listing order), as the partitions take them
 * @param slices how many partitions to cut them into (Spark gives each a contiguous run of files)
 */
record WorkSlices(List<InputFile> files, int slices) {
    static final int FILES_PER_SLICE = 8;
    static final int MIN_PER_CORE = 4;
    static final int MAX_PER_CORE = 100;

    WorkSlices {
        files = List.copyOf(files);
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be >= 1, got " + slices);
        }
    }

    /** {@return the slices of {@code listed} for a cluster of {@code cores} task slots} */
    static WorkSlices of(List<InputFile> listed, int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, got " + cores);
        }
        List<InputFile> largestFirst = new ArrayList<>(listed);
        largestFirst.sort(Comparator.comparingLong(InputFile::length).reversed()); // stable: ties keep their order
        int wanted = (int) Math.min((long) MAX_PER_CORE * cores,
                Math.max((long) MIN_PER_CORE * cores, ceilDiv(listed.size(), FILES_PER_SLICE)));
        return new WorkSlices(largestFirst, Math.max(1, Math.min(listed.size(), wanted)));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
