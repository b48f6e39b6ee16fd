package dev.herald.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * Where this JVM's time has gone so far, for the job's log lines: seconds since the JVM started and
 * the CPU seconds the whole process has used (every thread: Spark's, the models' loading, the JIT
 * compiler's, the collector's). On a shared machine wall time depends on the load; CPU time shows
 * what a step itself cost. The CPU figure is left out where the JVM does not give it.
 */
final class ProcessClock {
    private ProcessClock() {
    }

    /** {@return e.g. {@code "at 12.3 s, 20.1 CPU-s"}: the time since the JVM started, and its CPU so far} */
    static String now() {
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean process && process.getProcessCpuTime() >= 0) {
            return String.format(Locale.ROOT, "at %.1f s, %.1f CPU-s", uptime, process.getProcessCpuTime() / 1e9);
        }
        return String.format(Locale.ROOT, "at %.1f s", uptime);
    }
}
