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
 * Common nouns that name actors ("troops", "police", "protesters", "ministry") with the CAMEO sector
 * each stands for, read from {@code actors.txt} beside this class: one {@code lemma SECTOR} a line,
 * {@code -} for an actor with no sector. Immutable and thread-safe.
 */
final class ActorNouns {
    private final Map<String, String> sectors;

    private ActorNouns(Map<String, String> sectors) {
        this.sectors = Map.copyOf(sectors);
    }

    static ActorNouns defaults() {
        try (InputStream in = ActorNouns.class.getResourceAsStream("actors.txt")) {
            if (in == null) {
                throw new IllegalStateException("actors.txt is missing from dev/herald/events on the class path");
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.replaceAll("#.*", "").strip();
                if (!l.isEmpty()) {
                    String[] f = l.split("\\s+");
                    map.put(f[0].toLowerCase(Locale.ROOT), f.length > 1 ? f[1] : "-");
                }
            }
            return new ActorNouns(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return whether {@code lemma} names an actor} */
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

    /** {@return the sector {@code lemma} stands for, where it has one} */
    Optional<String> sector(String lemma) {
        String s = sectors.getOrDefault(lemma.toLowerCase(Locale.ROOT), sectors.get(singular(lemma)));
        return s == null || s.equals("-") ? Optional.empty() : Optional.of(s);
    }
}
