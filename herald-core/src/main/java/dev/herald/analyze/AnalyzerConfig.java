package dev.herald.analyze;

import dev.herald.ingest.IngestConfig;
import dev.herald.nlp.NlpProfile;

import java.util.Objects;

/**
 * How Herald analyzes.
 *
 * @param profile which NLP runs (default {@code FAST})
 * @param ingest  limits for reading inputs
 */
public record AnalyzerConfig(NlpProfile profile, IngestConfig ingest) {
    public AnalyzerConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ingest, "ingest");
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(NlpProfile.FAST, IngestConfig.defaults());
    }
}
