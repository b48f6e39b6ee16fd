package dev.herald.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Common nouns that name actors ("troops", "police", "protesters", "ministry", "foreign minister") with
 * the CAMEO sector each stands for. Read from two files beside this class: Herald's own
 * {@code actors.txt} ({@code lemma SECTOR} a line, {@code -} for an actor with no sector), which wins
 * where both list a noun, and {@code agents.txt}, PETRARCH2's agents dictionary converted by
 * {@code eval/convert-petrarch.py} ({@code phrase<TAB>SECTOR}, phrases of one or more words).
 * Immutable and thread-safe.
 */
final class ActorNouns {
    private final Map<String, String> sectors;

    private ActorNouns(Map<String, String> sectors) {
        this.sectors = Map.copyOf(sectors);
    }

    static ActorNouns defaults() {
        Map<String, String> map = new HashMap<>();
        read("agents.txt", map);
        read("actors.txt", map);
        return new ActorNouns(map);
    }

    /** Adds the file's entries to {@code map}, over any already there. */
    private static void read(String name, Map<String, String> map) {
        try (InputStream in = ActorNouns.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from dev/herald/events on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String l = line.replaceAll("#.*", "").strip();
                if (l.isEmpty()) {
                    continue;
                }
                // agents.txt separates a phrase of several words from its sector by a tab
                String[] f = l.contains("\t") ? l.split("\t") : l.split("\\s+");
                if (f.length > 2) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected 'noun SECTOR', got '" + line + "'");
                }
                map.put(f[0].strip().toLowerCase(Locale.ROOT), f.length > 1 ? f[1].strip() : "-");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return whether {@code lemma} (one word or a phrase of words) names an actor} */
    boolean isActor(String lemma) {
        return sectors.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** {@return whether a noun with this lemma or surface form names an actor (capitalised plurals keep their "s")} */
    boolean isActor(String lemma, String word) {
        return isActor(lemma) || isActor(singular(word));
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** {@return the sector {@code lemma} (one word or a phrase) stands for, where it has one} */
    Optional<String> sector(String lemma) {
        String s = sectors.getOrDefault(lemma.toLowerCase(Locale.ROOT), sectors.get(singular(lemma)));
        return s == null || s.equals("-") ? Optional.empty() : Optional.of(s);
    }
}
