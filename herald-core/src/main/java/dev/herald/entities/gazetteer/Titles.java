package dev.herald.entities.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The titles and offices news uses in place of a name ("the Foreign Secretary"), from
 * {@code titles.txt}, matched word by word in a {@link TokenTrie}. Read-only, thread-safe.
 */
public final class Titles {
    private final TokenTrie<String> trie = new TokenTrie<>();

    Titles(List<String> titles) {
        for (String t : titles) {
            trie.add(Gazetteer.words(t), t);
        }
    }

    /** {@return the built-in titles} */
    public static Titles builtIn() {
        InputStream in = Titles.class.getResourceAsStream("/dev/herald/entities/titles.txt");
        if (in == null) {
            throw new IllegalStateException("titles.txt is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Titles(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read titles.txt", e);
        }
    }

    /**
     * {@return how many words the longest title starting at {@code from} covers, 0 for none; a title
     * must be written with its capitals}
     */
    public int titleAt(List<String> words, int from) {
        for (TokenTrie.Hit<String> hit : trie.prefixesAt(words, from)) {
            String written = String.join(" ", words.subList(from, from + hit.length()));
            if (hit.values().stream().anyMatch(written::equals)) {
                return hit.length();
            }
        }
        return 0;
    }

    /** {@return the title as listed that starts at {@code from} and covers {@code length} words} */
    public static String text(List<String> words, int from, int length) {
        return String.join(" ", words.subList(from, from + length));
    }
}
