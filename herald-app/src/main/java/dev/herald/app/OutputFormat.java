package dev.herald.app;

import java.util.Locale;

/** How {@code herald analyze} prints records. */
enum OutputFormat {
    /** One pretty-printed record, or a JSON array of records for several inputs. */
    json,
    /** One record per line. */
    jsonl,
    /** A summary a person reads. */
    text,
    /** Events as rows of GDELT 2.0's Event table ({@link GdeltEventsPrinter}); written {@code gdelt-events}. */
    gdelt_events;

    /** {@return the name used on the command line} */
    String label() {
        return name().replace('_', '-');
    }

    /** Reads the names used on the command line ({@code gdelt-events} for {@link #gdelt_events}). */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "use json, jsonl, text or gdelt-events, not '" + value + "'");
        }
    }
}
