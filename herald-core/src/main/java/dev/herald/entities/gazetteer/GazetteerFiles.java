package dev.herald.entities.gazetteer;

import dev.herald.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the gazetteer's data files: tab-separated columns, {@code ;} between the names of one
 * column, {@code -} for none, {@code #} starts a comment line, {@code ~} before a name makes it weak.
 */
final class GazetteerFiles {
    private GazetteerFiles() {
    }

    /** Countries: code, names, demonyms, capitals. */
    static void readCountries(List<String> lines, Consumer<GazetteerName> sink) {
        readCountries(lines, java.util.Map.of(), sink);
    }

    /** Countries, each with its reference id ({@code refs}, by code) where the reference data has one. */
    static void readCountries(List<String> lines, java.util.Map<String, String> refs, Consumer<GazetteerName> sink) {
        for (String[] row : rows(lines, 4, "countries")) {
            Optional<String> code = Optional.of(row[0]);
            List<String> names = list(row[1]);
            Actor country = new Actor(plain(names.get(0)), EntityType.LOCATION, Optional.of("COUNTRY"), code,
                    Actor.Kind.COUNTRY, List.of(), Optional.ofNullable(refs.get(row[0])));
            names.forEach(n -> sink.accept(name(n, country)));
            Actor demonym = new Actor(plain(names.get(0)), EntityType.OTHER, Optional.of("NATIONALITY"), code,
                    Actor.Kind.DEMONYM, List.of());
            list(row[2]).forEach(n -> sink.accept(name(n, demonym)));
            for (String capital : list(row[3])) {
                Actor city = new Actor(plain(capital), EntityType.LOCATION, Optional.of("CITY"), code,
                        Actor.Kind.PLACE, List.of());
                sink.accept(name(capital, city));
            }
        }
    }

    /** Cities and regions: names, subtype, country. */
    static void readPlaces(List<String> lines, Consumer<GazetteerName> sink) {
        for (String[] row : rows(lines, 3, "places")) {
            List<String> names = list(row[0]);
            Actor place = new Actor(plain(names.get(0)), EntityType.LOCATION, opt(row[1]), opt(row[2]),
                    Actor.Kind.PLACE, List.of());
            names.forEach(n -> sink.accept(name(n, place)));
        }
    }

    /** Bodies: names, type, subtype, country. */
    static void readOrganisations(List<String> lines, Consumer<GazetteerName> sink) {
        for (String[] row : rows(lines, 4, "organisations")) {
            List<String> names = list(row[0]);
            Actor body = new Actor(plain(names.get(0)), type(row[1]), opt(row[2]), opt(row[3]),
                    Actor.Kind.ORGANIZATION, List.of());
            names.forEach(n -> sink.accept(name(n, body)));
        }
    }

    /** People and organisations: names, type, subtype, country, titles (with the dates held, where known). */
    static void readActors(List<String> lines, Consumer<GazetteerName> sink) {
        for (String[] row : rows(lines, 5, "actors")) {
            List<String> names = list(row[0]);
            EntityType type = type(row[1]);
            Actor.Kind kind = type == EntityType.PERSON ? Actor.Kind.PERSON : Actor.Kind.ORGANIZATION;
            Actor actor = new Actor(plain(names.get(0)), type, opt(row[2]), opt(row[3]), kind,
                    list(row[4]).stream().map(KnownTitle::parse).toList());
            for (String n : names) {
                boolean surname = kind == Actor.Kind.PERSON && Gazetteer.words(plain(n)).size() == 1;
                sink.accept(new GazetteerName(plain(n), actor, surname || n.startsWith("~")));
            }
        }
    }

    private static List<String[]> rows(List<String> lines, int columns, String file) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                throw new IllegalArgumentException(file + " line " + n + ": expected " + columns
                        + " tab-separated columns, found " + cols.length);
            }
            rows.add(cols);
        }
        return rows;
    }

    private static GazetteerName name(String written, Actor actor) {
        return new GazetteerName(plain(written), actor, written.startsWith("~"));
    }

    private static String plain(String written) {
        return written.startsWith("~") ? written.substring(1).strip() : written.strip();
    }

    private static List<String> list(String column) {
        if (column.isBlank() || column.strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> opt(String column) {
        String s = column.strip();
        return s.isEmpty() || s.equals("-") ? Optional.empty() : Optional.of(s);
    }

    private static EntityType type(String column) {
        try {
            return EntityType.valueOf(column.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entity type '" + column + "'; use PERSON, ORGANIZATION,"
                    + " LOCATION or OTHER", e);
        }
    }
}
