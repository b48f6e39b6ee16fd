package dev.herald.app;

import dev.herald.batch.BatchConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The options of commands that analyze many articles: threads and the time limit per article. */
final class BatchOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "articles analyzed at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30s", converter = DurationConverter.class,
            description = "time limit per article, e.g. 30s, 500ms, 2m; an article past it fails (default: ${DEFAULT-VALUE})")
    Duration timeout;

    /** {@return the batch config of these options, in input order} */
    BatchConfig config(CommandLine.Model.CommandSpec spec) {
        int n = threads();
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + n);
        }
        return BatchConfig.of(n).withTimeout(timeout);
    }

    /** {@return the thread count asked for, or the number of cores} */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
