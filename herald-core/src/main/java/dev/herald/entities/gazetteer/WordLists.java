package dev.herald.entities.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists of the entities resources: those that type names by evidence ({@link dev.herald.entities.types.TypeEvidence})
 * and the boundary words ({@link dev.herald.entities.mentions.BoundaryWords}); the shared ones are in
 * the {@link dev.herald.lexicon.Lexicon}. UTF-8,
 * {@code #} starts a comment, words separated by white space unless a list keeps one phrase a line.
 */
public final class WordLists {
    private static final String RESOURCES = "/dev/herald/entities/";

    private WordLists() {
    }

    /** {@return the words of resource {@code name}, several a line} */
    public static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** {@return the lines of resource {@code name} without comments and blank lines} */
    public static List<String> lines(String name) {
        InputStream in = WordLists.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("word list " + RESOURCES + name + " is missing from the classpath");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return List.copyOf(out);
    }

    /** {@return the lines of resource {@code name} written "{@code tag}: ...", without the tag} */
    public static List<String> tagged(String name, String tag) {
        return lines(name).stream().filter(l -> l.startsWith(tag + ":"))
                .map(l -> l.substring(tag.length() + 1).strip()).toList();
    }

    /** {@return the lines of resource {@code name} with no "tag:" in front} */
    public static List<String> untagged(String name) {
        return lines(name).stream().filter(l -> !l.matches("\\w+:\\s.*")).toList();
    }

    /** {@return each line split into its words} */
    public static List<List<String>> phrases(List<String> lines) {
        return lines.stream().map(l -> List.of(l.split("\\s+"))).toList();
    }
}
