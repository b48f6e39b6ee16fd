package dev.herald.app;

import dev.herald.batch.BatchConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Reads {@code 30s}, {@code 500ms}, {@code 2m} or a bare number of seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("use a time such as 30s, 500ms or 2m, not '" + value + "'");
            }
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = amount * switch (unit) {
                case "ms" -> 1;
                case "m" -> 60_000;
                case "h" -> 3_600_000;
                default -> 1_000;
            };
            if (millis < 1) {
                throw new CommandLine.TypeConversionException("the time limit must be at least 1ms, not '" + value + "'");
            }
            return Duration.ofMillis(Math.round(millis));
        }
    }
}
