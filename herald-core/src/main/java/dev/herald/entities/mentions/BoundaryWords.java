package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that decide where a name begins and ends, read from the commented data file
 * {@code dev/herald/entities/boundaries.txt}: one word per line under a {@code [section]} header.
 * Read-only and thread-safe; read once at the edge ({@link dev.herald.entities.types.EntityWords#bundled()})
 * and passed in.
 */
public final class BoundaryWords {
    private static final String FILE = "boundaries.txt";

    final Set<String> groupNouns;
    final Set<String> openers;
    final Set<String> months;
    final Set<String> titles;
    final Set<String> rulers;
    final Set<String> surnameParticles;
    final Set<String> roads;
    final Set<String> securities;
    final Set<String> postNominals;
    final Set<String> compass;
    final Set<String> placePrefixes;
    final Set<String> regionalAdjectives;
    final Set<String> possessiveHeads;
    final Set<String> bodyHeads;
    final Set<String> placeBodyHeads;
    final Set<String> notNameTails;
    final Set<String> corporateSuffixes;

    BoundaryWords(List<String> lines) {
        Map<String, Set<String>> sections = parse(lines);
        groupNouns = section(sections, "group-nouns");
        openers = section(sections, "openers");
        months = section(sections, "months");
        titles = section(sections, "titles");
        rulers = section(sections, "rulers");
        surnameParticles = section(sections, "surname-particles");
        roads = section(sections, "roads");
        securities = section(sections, "securities");
        postNominals = section(sections, "post-nominals");
        compass = section(sections, "compass");
        placePrefixes = section(sections, "place-prefixes");
        regionalAdjectives = section(sections, "regional-adjectives");
        possessiveHeads = section(sections, "possessive-heads");
        bodyHeads = section(sections, "body-heads");
        placeBodyHeads = section(sections, "place-body-heads");
        notNameTails = section(sections, "not-name-tails");
        corporateSuffixes = section(sections, "corporate-suffixes");
    }

    /** {@return the words of the built-in data file} */
    public static BoundaryWords bundled() {
        return new BoundaryWords(WordLists.lines(FILE));
    }

    private static Map<String, Set<String>> parse(List<String> lines) {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IllegalStateException(FILE + ": word '" + line + "' before any [section] header");
            } else {
                current.add(line);
            }
        }
        return sections;
    }

    private static Set<String> section(Map<String, Set<String>> sections, String name) {
        Set<String> words = sections.get(name);
        if (words == null) {
            throw new IllegalStateException(FILE + " has no [" + name + "] section; add it");
        }
        return Set.copyOf(words);
    }

}
