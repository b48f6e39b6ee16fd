package dev.herald.entities.gazetteer;

import dev.herald.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer resources converted from reference data (by the test-scope
 * {@code GazetteerConverter}, run with {@code eval/convert-gazetteers.sh}): gzipped UTF-8,
 * tab-separated, {@code #} starts a comment line, {@code ;} between the items of one column,
 * {@code -} for none. A malformed line fails the load naming the file and line.
 *
 * <ul>
 *   <li>{@value #PLACES} (GeoNames, CC BY 4.0): id (GeoNames id, or admin1 code for a region),
 *       name, subtype ({@code CITY}, {@code CAPITAL}, {@code REGION}), alpha-3 country, population;</li>
 *   <li>{@value #ACTORS} (PETRARCH2, MIT): ref (the dictionary's primary phrase, or for a country
 *       its code), type, subtype, alpha-3 country, names (first = canonical), CAMEO codes with the
 *       dates they held ({@code GBRGOV 1997-05-02..2007-06-27}), titles with dates as in
 *       {@code actors.tsv}.</li>
 * </ul>
 */
final class ReferenceFiles {
    static final String PLACES = "reference-places.tsv.gz";
    static final String ACTORS = "reference-actors.tsv.gz";
    static final String PLACES_HEADER = """
            # GeoNames places with 1000+ inhabitants and first-order regions, converted by GazetteerConverter.
            # GeoNames (geonames.org), CC BY 4.0: see NOTICE. Columns: id, name, subtype, alpha-3 country, population.
            """;
    static final String ACTORS_HEADER = """
            # PETRARCH2 actor dictionaries (countries, international, armed non-state), converted by GazetteerConverter.
            # Copyright (c) 2014 Open Event Data, MIT licence: see NOTICE.
            # Columns: ref, type, subtype, alpha-3 country, names, CAMEO codes with dates, titles with dates.
            """;
    private static final String RESOURCES = "/dev/herald/entities/";

    private ReferenceFiles() {
    }

    /** {@return the places of {@link #PLACES}} */
    static List<Place> places() {
        List<Place> out = new ArrayList<>(140_000);
        for (String[] row : rows(PLACES, 5)) {
            out.add(new Place(row[0], row[1], row[2], row[3], Long.parseLong(row[4])));
        }
        return out;
    }

    /** Hands each actor of {@link #ACTORS} with its names to {@code sink}; countries come with kind COUNTRY. */
    static void actors(Consumer<RefActor> sink) {
        for (String[] row : rows(ACTORS, 7)) {
            EntityType type = EntityType.valueOf(row[1]);
            Actor.Kind kind = type == EntityType.PERSON ? Actor.Kind.PERSON
                    : "COUNTRY".equals(row[2]) ? Actor.Kind.COUNTRY : Actor.Kind.ORGANIZATION;
            List<KnownTitle> titles = list(row[6]).stream().map(KnownTitle::parse).toList();
            Actor actor = new Actor(list(row[4]).get(0), type, opt(row[2]), opt(row[3]), kind, titles,
                    Optional.of("petrarch:" + row[0]));
            boolean government = list(row[5]).stream().anyMatch(c -> c.length() >= 6 && c.startsWith("GOV", 3));
            sink.accept(new RefActor(actor, list(row[4]), government));
        }
    }

    private static List<String[]> rows(String name, int columns) {
        InputStream in = ReferenceFiles.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + RESOURCES + name + " is missing from the classpath;"
                    + " regenerate it with eval/convert-gazetteers.sh");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns || cols[1].isBlank()) {
                    throw new IllegalArgumentException(name + " line " + n + ": expected " + columns
                            + " tab-separated columns with a name, found " + cols.length);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": bad population: " + e.getMessage(), e);
        }
        return rows;
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

    /** A GeoNames place: a city (its country's capital marked) or a first-order region. */
    record Place(String id, String name, String subtype, String country, long population) {
        /**
         * A first-order region ("Alabama", "Bavaria") has no population in the data; it ranks as a
         * big city, above the small towns named after it.
         */
        static final long REGION_RANK = 1_000_000;

        /** {@return the population it ranks by among places of one name} */
        long rank() {
            return subtype.equals("REGION") ? REGION_RANK : population;
        }

        /** {@return the place as a gazetteer actor, with its GeoNames ref} */
        Actor actor() {
            return new Actor(name, EntityType.LOCATION, Optional.of(subtype.equals("REGION") ? "REGION" : "CITY"),
                    Optional.of(country), Actor.Kind.PLACE, List.of(), Optional.of("geonames:" + id));
        }
    }

    /**
     * A PETRARCH actor with every name the dictionary gives it.
     *
     * @param government whether a person held a government office (a {@code ...GOV} code)
     */
    record RefActor(Actor actor, List<String> names, boolean government) {
    }
}
