package dev.herald.app;

import dev.herald.analyze.AnalyzerConfig;
import dev.herald.analyze.Hints;
import dev.herald.ingest.IngestConfig;
import dev.herald.model.InputFormat;
import dev.herald.nlp.NlpProfile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The options that say how articles are analyzed, shared by every command that analyzes
 * ({@code analyze}, {@code spark}), so that one defaults change reaches all of them and their
 * records stay identical.
 */
public final class AnalysisOptions {

    @Option(names = "--input-format", defaultValue = "auto",
            description = "auto, text, html or plain, for files (default: ${DEFAULT-VALUE})",
            converter = InputFormatConverter.class)
    InputFormat inputFormat;

    @Option(names = "--date", description = "publication date (YYYY-MM-DD) when the input carries none")
    LocalDate date;

    @Option(names = "--url", description = "the URL the input was fetched from")
    String url;

    @Option(names = "--profile", defaultValue = "full", description = "full (parser and events) or fast (default: ${DEFAULT-VALUE})",
            converter = ProfileConverter.class)
    NlpProfile profile;

    @Option(names = "--max-bytes", defaultValue = "10485760",
            description = "largest input accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--no-indirect",
            description = "leave out reported speech without quotation marks (\"X warned that ...\"), "
                    + "which is otherwise in the quotes with kind indirect")
    boolean noIndirect;

    /** Reported speech was opt-in before it became the default: the old switch is still accepted. */
    @Option(names = "--indirect", hidden = true, description = "reported speech as indirect quotes (the default)")
    boolean indirect;

    /** {@return the analyzer configuration these options ask for} */
    public AnalyzerConfig analyzerConfig() {
        return new AnalyzerConfig(profile, new IngestConfig(maxBytes), !noIndirect);
    }

    /** {@return how files are read ({@code --input-format})} */
    public InputFormat inputFormat() {
        return inputFormat;
    }

    /** {@return the publication date given with {@code --date}, if any} */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** {@return the URL given with {@code --url}, if any} */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** {@return the user's hints: {@code --date} and {@code --url}} */
    public Hints hints() {
        return new Hints(date(), url());
    }

    static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("use auto, text, html or plain, not '" + value + "'");
            }
        }
    }

    static final class ProfileConverter implements CommandLine.ITypeConverter<NlpProfile> {
        @Override
        public NlpProfile convert(String value) {
            try {
                return NlpProfile.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
