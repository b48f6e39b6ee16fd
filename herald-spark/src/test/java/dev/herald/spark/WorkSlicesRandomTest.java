package dev.herald.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random listings (file counts, skewed sizes, core counts) cut into slices: every file is in one
 * slice, largest first, with a number of slices in the bounds; and the cores, taking the slices in
 * order as Spark does, finish nearly together. The seed is printed on failure; set
 * {@code -Dherald.test.seed=N} to replay it.
 */
class WorkSlicesRandomTest {

    @Test
    void every_file_is_in_one_slice_largest_first_and_the_slice_count_is_bounded() {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            int cores = 1 + random.nextInt(64);
            List<InputFile> listed = files(random, random.nextInt(3000));

            WorkSlices work = WorkSlices.of(listed, cores);

            String why = "seed " + seed + ", round " + round + ", " + listed.size() + " files, " + cores + " cores";
            assertThat(byName(work.files())).as(why).isEqualTo(byName(listed));
            assertThat(work.files()).as(why).isSortedAccordingTo(Comparator.comparingLong(InputFile::length).reversed());
            assertThat(work.slices()).as(why).isBetween(1, Math.max(1, listed.size()))
                    .isLessThanOrEqualTo(WorkSlices.MAX_PER_CORE * cores)
                    .isGreaterThanOrEqualTo(Math.min(listed.size(), WorkSlices.MIN_PER_CORE * cores));
            if (work.slices() < WorkSlices.MAX_PER_CORE * cores) {
                assertThat((long) work.slices() * WorkSlices.FILES_PER_SLICE).as(why).isGreaterThanOrEqualTo(listed.size());
            }
        }
    }

    @Test
    void two_cores_taking_the_slices_in_order_finish_nearly_together() {
        long seed = Long.getLong("herald.test.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            // Files in name order whose sizes come in runs, as categories of a news corpus do.
            List<InputFile> listed = new ArrayList<>();
            for (int category = 0; category < 5; category++) {
                List<InputFile> run = files(random, 120, 1000 + random.nextInt(4000));
                listed.addAll(run);
            }

            WorkSlices work = WorkSlices.of(listed, 2);

            long total = listed.stream().mapToLong(InputFile::length).sum();
            assertThat(idleAtTheEnd(work, 2)).as("seed %d, round %d", seed, round).isLessThan(total / 50);
        }
    }

    /**
     * {@return the core time, in bytes analyzed, that cores spend waiting for the last task, when
     * each free core takes the next slice (Spark's contiguous cut: slice i holds files i*n/s to
     * (i+1)*n/s) and a file costs its length}
     */
    private static long idleAtTheEnd(WorkSlices work, int cores) {
        PriorityQueue<Long> freeAt = new PriorityQueue<>();
        for (int c = 0; c < cores; c++) {
            freeAt.add(0L);
        }
        int n = work.files().size();
        for (int i = 0; i < work.slices(); i++) {
            long cost = 0;
            for (int f = (int) ((long) i * n / work.slices()); f < (int) ((long) (i + 1) * n / work.slices()); f++) {
                cost += work.files().get(f).length();
            }
            freeAt.add(freeAt.poll() + cost);
        }
        long end = freeAt.stream().mapToLong(Long::longValue).max().orElse(0);
        return freeAt.stream().mapToLong(t -> end - t).sum();
    }

    private static List<InputFile> byName(List<InputFile> files) {
        return files.stream().sorted(Comparator.comparing(InputFile::name).thenComparing(InputFile::length)).toList();
    }

    private static List<InputFile> files(Random random, int count) {
        return files(random, count, 200 + random.nextInt(20_000));
    }

    /** {@return files named in order with sizes spread around {@code typical}, a few many times larger} */
    private static List<InputFile> files(Random random, int count, int typical) {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long length = random.nextInt(20) == 0 ? typical * (2L + random.nextInt(8)) : typical / 2 + random.nextInt(typical);
            String name = String.format("in/%05d-%d.txt", i, random.nextInt(1000));
            files.add(new InputFile(name, "file:/" + name, length));
        }
        return files;
    }
}
