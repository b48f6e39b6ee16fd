package dev.herald.dates;

import dev.herald.lexicon.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and phrases of {@code date-words.txt}: month and weekday names, counts, relative phrases,
 * context words, future cues and stop phrases. Each line reads {@code KIND KEY: word, word, ...}, the
 * format of every Herald word list, read by {@link Lexicon#parse}. The month names ({@code month 1..12})
 * come from the shared {@link Lexicon}, since the entity rules read them too; a {@code month} line in
 * {@code date-words.txt} fails the load rather than being silently overridden.
 * Immutable once loaded.
 */
final class DateWords {
    static final String RESOURCE = "date-words.txt";

    /** The kinds read from the shared lexicon rather than from the file. */
    static final String SHARED_KIND = "month";

    /** The file, read by the one reader of Herald's word lists. */
    private final Lexicon words;
    private final Lexicon shared;

    private DateWords(Lexicon words, Lexicon shared) {
        this.words = words;
        this.shared = shared;
    }

    /** {@return the words of the bundled resource, with the months of {@code shared}} */
    static DateWords load(Lexicon shared) {
        try (InputStream in = DateWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/herald/dates/" + RESOURCE
                        + "; the herald-core jar is incomplete, rebuild it");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), shared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/herald/dates/" + RESOURCE, e);
        }
    }

    /** {@return the words of {@code lines} in the resource's format ({@link Lexicon}'s), with the months of {@code shared}} */
    static DateWords parse(List<String> lines, Lexicon shared) {
        Lexicon words = Lexicon.parse(RESOURCE, lines);
        if (!words.kind(SHARED_KIND).isEmpty()) {
            throw new IllegalArgumentException(RESOURCE + ": '" + SHARED_KIND + "' lines belong in the shared lexicon"
                    + " (dev/herald/lexicon/lexicon.txt), not here");
        }
        return new DateWords(words, shared);
    }

    /** {@return key -> words of {@code kind}, empty when the file (or for months the shared lexicon) has none} */
    Map<String, List<String>> byKey(String kind) {
        return (kind.equals(SHARED_KIND) ? shared : words).kind(kind);
    }

    /** {@return the words of {@code kind} and {@code key}, empty when the file has none} */
    List<String> of(String kind, String key) {
        return byKey(kind).getOrDefault(key, List.of());
    }

    /** {@return all words of {@code kind}, whatever their key} */
    List<String> all(String kind) {
        return (kind.equals(SHARED_KIND) ? shared : words).all(kind);
    }

    /** {@return lower-cased word -> integer key of {@code kind}, for every word} */
    Map<String, Integer> numberedWords(String kind) {
        Map<String, Integer> out = new LinkedHashMap<>();
        byKey(kind).forEach((key, words) -> {
            int value = Integer.parseInt(key);
            words.forEach(w -> out.put(normalize(w), value));
        });
        return Map.copyOf(out);
    }

    /** {@return {@code phrase} lower-cased, with runs of white space and a trailing dot collapsed} */
    static String normalize(String phrase) {
        String lower = phrase.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("(?U)\\s+", " ");
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
