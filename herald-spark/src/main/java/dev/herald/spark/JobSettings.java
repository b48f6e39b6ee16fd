package dev.herald.spark;

import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.model.InputFormat;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How the job analyzes: what {@code herald analyze} is told by the same options, shipped to every
 * executor (so it is serializable, and carries the hints as plain values).
 *
 * @param analyzer    the analyzer's configuration, exactly as {@code analyze} builds it
 * @param inputFormat how single files are read ({@code --input-format})
 * @param date        the publication date for inputs without one ({@code --date}), or null
 * @param url         the URL of the inputs ({@code --url}), or null
 * @param timeout     the time one article may take before it fails (as {@code analyze --timeout})
 */
public record JobSettings(AnalyzerConfig analyzer, InputFormat inputFormat, LocalDate date, String url,
                          Duration timeout) implements Serializable {
    public JobSettings {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(inputFormat, "inputFormat");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
        }
    }

    /** {@return the user's hints, as {@code analyze} passes them to its analyzer} */
    public Hints hints() {
        return new Hints(Optional.ofNullable(date), Optional.ofNullable(url));
    }
}
