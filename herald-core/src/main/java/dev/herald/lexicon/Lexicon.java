package dev.herald.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of English news that several parts of Herald read: given names with the gender they
 * usually mark, the titles that stand for a person, ... One file format and one reader: each line
 * reads {@code KIND KEY: word, word, ...} (the format of {@code dates/date-words.txt}); blank lines
 * and lines starting with {@code #} are ignored; lines of one kind and key add up, in file order.
 * A malformed line fails the load with the file's name and the line's number.
 *
 * <p>Kinds of the bundled {@code lexicon.txt}: {@code given-name m|f} (a name under both marks
 * none), {@code title office}, {@code title role}, {@code honorific m|f|any}, {@code person-noun m|f|any},
 * {@code gender-word m|f}, {@code name-honorific dropped|kept}, {@code month 1..12},
 * {@code pronoun m|f|it|they}; the file's header says what each holds and who reads it.
 * Immutable and thread-safe; built once at the edge ({@link #bundled()}) and passed to the stages that
 * read it.
 */
public final class Lexicon {
    static final String RESOURCE = "/dev/herald/lexicon/lexicon.txt";

    /** kind -> key -> words, in file order. */
    private final Map<String, Map<String, List<String>>> entries;

    private Lexicon(Map<String, Map<String, List<String>>> entries) {
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        entries.forEach((kind, keys) -> {
            Map<String, List<String>> k = new LinkedHashMap<>();
            keys.forEach((key, words) -> k.put(key, List.copyOf(words)));
            copy.put(kind, java.util.Collections.unmodifiableMap(k));
        });
        this.entries = java.util.Collections.unmodifiableMap(copy);
    }

    /** {@return the lexicon bundled with Herald} */
    public static Lexicon bundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + "; the herald-core jar is incomplete,"
                        + " rebuild it");
            }
            return parse("lexicon.txt", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * {@return the lexicon of {@code lines} in the format above}
     *
     * @param source the file's name, for errors
     */
    public static Lexicon parse(String source, List<String> lines) {
        Map<String, Map<String, List<String>>> entries = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String[] head = colon < 0 ? new String[0] : trimmed.substring(0, colon).strip().split("\\s+");
            if (head.length != 2) {
                throw new IllegalArgumentException(source + " line " + number
                        + ": expected 'KIND KEY: word, word', got '" + trimmed + "'");
            }
            List<String> words = entries.computeIfAbsent(head[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(head[1], k -> new ArrayList<>());
            for (String word : trimmed.substring(colon + 1).split(",")) {
                String w = word.strip();
                if (w.isEmpty()) {
                    throw new IllegalArgumentException(source + " line " + number + ": empty word in '" + trimmed + "'");
                }
                words.add(w);
            }
        }
        return new Lexicon(entries);
    }

    /** {@return the words of {@code kind} by key ("m" and "f" for {@code given-name}), in file order; empty when none} */
    public Map<String, List<String>> kind(String kind) {
        return entries.getOrDefault(kind, Map.of());
    }

    /** The cases of a {@code pronoun} line, in the order the line gives them. */
    public enum PronounCase { SUBJECT, OBJECT, POSSESSIVE_DETERMINER, POSSESSIVE, REFLEXIVE }

    /**
     * {@return the third-person pronouns of {@code key} (m, f, it, they) in {@code pronounCase}}
     *
     * @throws IllegalStateException when the key's lines do not give one word for each case
     */
    public String pronoun(String key, PronounCase pronounCase) {
        List<String> forms = words("pronoun", key);
        if (forms.size() != PronounCase.values().length) {
            throw new IllegalStateException("lexicon: 'pronoun " + key + "' must give " + PronounCase.values().length
                    + " words (subject, object, possessive before a noun, possessive alone, reflexive), got " + forms);
        }
        return forms.get(pronounCase.ordinal());
    }

    /** {@return all words of {@code kind}, whatever their key, in file order; empty when none} */
    public List<String> all(String kind) {
        return kind(kind).values().stream().flatMap(List::stream).toList();
    }

    /** {@return the words of {@code kind} and {@code key}, in file order; empty when none} */
    public List<String> words(String kind, String key) {
        return kind(kind).getOrDefault(key, List.of());
    }
}
