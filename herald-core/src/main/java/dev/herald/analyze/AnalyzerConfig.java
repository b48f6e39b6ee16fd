package dev.herald.analyze;

import dev.herald.ingest.IngestConfig;
import dev.herald.nlp.NlpProfile;

import java.util.Objects;

/**
 * How Herald analyzes.
 *
 * @param profile        which NLP runs (default {@code FAST})
 * @param ingest         limits for reading inputs
 * @param reportedSpeech whether reported speech without quotation marks ("X warned that ...") is
 *                       added to the quotes as {@code indirect} (default on: who said what includes
 *                       what was said without quotation marks; the quote metric of CONTRACT.md leaves
 *                       {@code indirect} quotes out, so they cost nothing there)
 */
public record AnalyzerConfig(NlpProfile profile, IngestConfig ingest, boolean reportedSpeech) {
    public AnalyzerConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ingest, "ingest");
    }

    public AnalyzerConfig(NlpProfile profile, IngestConfig ingest) {
        this(profile, ingest, true);
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(NlpProfile.FAST, IngestConfig.defaults());
    }
}
