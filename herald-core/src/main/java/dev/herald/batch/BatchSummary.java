package dev.herald.batch;

import java.time.Duration;

/**
 * What a batch did.
 *
 * @param analyzed how many items gave an article
 * @param failed   how many items failed, time-outs included
 * @param timedOut how many of the failures ran out of time
 * @param elapsed  the wall-clock time of the run
 */
public record BatchSummary(long analyzed, long failed, long timedOut, Duration elapsed) {

    /** {@return how many items were processed} */
    public long total() {
        return analyzed + failed;
    }
}
