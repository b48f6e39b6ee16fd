package dev.herald.entities.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the reference dictionaries of {@code ../shared/data} into Herald's compact gazetteer
 * resources ({@code reference-places.tsv.gz}, {@code reference-actors.tsv.gz}, formats in
 * {@link ReferenceFiles}). Run by {@code eval/convert-gazetteers.sh}; the output is committed, so
 * neither the build nor the tests need the shared folder.
 *
 * <p>Usage: {@code GazetteerConverter SHARED_DATA_DIR OUTPUT_DIR}.
 */
public final class GazetteerConverter {
    private GazetteerConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerConverter SHARED_DATA_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path geonames = data.resolve("gazetteer/geonames");
        List<String> places = GeoNamesRows.convert(
                Files.readAllLines(geonames.resolve("cities1000.tsv"), StandardCharsets.UTF_8),
                Files.readAllLines(geonames.resolve("admin1.tsv"), StandardCharsets.UTF_8));
        write(out.resolve(ReferenceFiles.PLACES), ReferenceFiles.PLACES_HEADER, places);
        Path petrarch = data.resolve("events/petrarch2");
        PetrarchRows actors = new PetrarchRows(placeNames(places));
        actors.countries(read(petrarch.resolve("Phoenix.Countries.actors.txt")));
        actors.bodies(read(petrarch.resolve("Phoenix.International.actors.txt")), "international");
        actors.bodies(read(petrarch.resolve("Phoenix.MilNonState.actors.txt")), "armed");
        write(out.resolve(ReferenceFiles.ACTORS), ReferenceFiles.ACTORS_HEADER, actors.rows());
        System.err.println("wrote " + places.size() + " places and " + actors.rows().size() + " actors to " + out);
    }

    /** PETRARCH's files are ASCII with the odd Latin-1 byte: read them as Latin-1, losing nothing. */
    private static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }

    /** {@return the folded names of the places, to tell a city in PETRARCH's country variants} */
    private static Set<String> placeNames(List<String> rows) {
        Set<String> names = new java.util.HashSet<>();
        for (String row : rows) {
            names.add(Gazetteer.key(row.split("\t")[1]));
        }
        return names;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file));
             Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            w.write(header);
            for (String row : rows) {
                w.write(row);
                w.write('\n');
            }
        }
    }

    /** GeoNames rows: {@code id, name, subtype, country, population}. */
    static final class GeoNamesRows {
        private GeoNamesRows() {
        }

        static List<String> convert(List<String> cities, List<String> admin1) {
            Map<String, String> alpha3 = alpha3();
            List<String> rows = new ArrayList<>();
            for (String line : cities.subList(1, cities.size())) {
                String[] c = line.split("\t", -1);
                String country = alpha3.get(c[2]);
                if (c.length < 6 || country == null) {
                    continue;
                }
                String subtype = c[3].equals("PPLC") ? "CAPITAL" : "CITY";
                rows.add(String.join("\t", c[0], c[1].strip(), subtype, country, c[5].isBlank() ? "0" : c[5]));
            }
            for (String line : admin1.subList(1, admin1.size())) {
                String[] c = line.split("\t", -1);
                String country = c.length < 2 ? null : alpha3.get(c[0].substring(0, Math.min(2, c[0].length())));
                if (country == null || c[1].isBlank()) {
                    continue;
                }
                rows.add(String.join("\t", c[0], c[1].strip(), "REGION", country, "0"));
            }
            return rows;
        }

        /** ISO 3166-1 alpha-2 to alpha-3, as the JDK knows them; Kosovo has only a user-assigned code. */
        static Map<String, String> alpha3() {
            Map<String, String> m = new HashMap<>();
            for (String two : Locale.getISOCountries()) {
                m.put(two, new Locale("", two).getISO3Country());
            }
            m.put("XK", "XKX");
            return m;
        }
    }

    /**
     * PETRARCH actor records ({@code dictionaries.rst}): a primary phrase, {@code +} synonyms, and
     * codes with date restrictions on the primary line or on tab-indented lines.
     */
    static final class PetrarchRows {
        private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "de", "la", "du", "des", "del",
                "on", "in", "al", "el", "y", "da", "do", "to", "against", "at", "bin", "van", "von", "der");
        private static final Set<String> BODY_WORDS = Set.of("ministry", "government", "parliament", "assembly", "police", "university", "airlines", "airways", "inc", "corp", "ltd", "plc", "news", "radio", "television", "times", "post", "organization", "organisation", "association", "bank",
                "fund", "council", "committee", "union", "front", "army", "party", "group", "movement", "league",
                "brigade", "brigades", "force", "forces", "foundation", "institute", "international", "agency",
                "commission", "federation", "corporation", "company", "programme", "program", "society", "network",
                "alliance", "court", "office", "centre", "center", "watch", "church", "liberation", "revolutionary");
        private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "foreign", "minister", "secretary",
                "general", "king", "queen", "prince", "princess", "senator", "governor", "chancellor", "premier", "vice",
                "deputy", "defense", "defence", "interior", "finance", "chief", "mr", "mrs", "ms", "dr", "sheikh",
                "former", "un", "u.n.", "united", "secretary-general", "pope", "emir", "sultan", "ambassador", "judge");
        private final Set<String> placeNames;
        private final Set<String> givenNames = new java.util.HashSet<>();
        private final Set<String> countryCodes = new java.util.HashSet<>();
        private final List<String> rows = new ArrayList<>();

        PetrarchRows(Set<String> placeNames) {
            this.placeNames = placeNames;
            for (String w : WordLists.words("given-names.txt")) {
                givenNames.add(w.toLowerCase(Locale.ROOT));
            }
            for (List<String> names : dev.herald.lexicon.Lexicon.bundled().kind("given-name").values()) {
                names.forEach(w -> givenNames.add(w.toLowerCase(Locale.ROOT)));
            }
            for (String line : Gazetteer.resource("countries.tsv")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    countryCodes.add(line.split("\t")[0]);
                }
            }
        }

        List<String> rows() {
            return rows;
        }

        /** The countries file: a country's block (names, then its people), one block per country. */
        void countries(List<String> lines) {
            for (Record r : records(lines)) {
                boolean country = r.codes.size() == 1 && r.codes.get(0).code().length() == 3
                        && r.codes.get(0).from().isEmpty() && r.codes.get(0).to().isEmpty()
                        && countryCodes.contains(r.codes.get(0).code()) && !r.personal;
                if (country) {
                    String code = r.codes.get(0).code();
                    List<String> names = new ArrayList<>();
                    for (String n : r.names) {
                        // A country's block also lists its cities and regions ("+KABUL_"), adjectives and
                        // nicknames: only the first name and spellings that are none of those are kept.
                        if (names.isEmpty() || !placeNames.contains(Gazetteer.key(n)) && !demonymLike(n)
                                && (n.contains(" ") || n.contains(".") || n.length() > 4)) {
                            names.add(n);
                        }
                    }
                    rows.add(row(r.ref, "LOCATION", "COUNTRY", code, names, List.of(), List.of()));
                } else if (r.codes.isEmpty()) {
                    continue;
                } else if (r.personal && r.names.get(0).contains(" ") || looksLikePerson(r.names.get(0))) {
                    rows.add(person(r));
                } else if (r.codes.size() == 1 && r.codes.get(0).code().length() == 3 && r.codes.get(0).from().isEmpty()) {
                    // A territory with a code of its own ("COOK_ISLANDS_ [COK]"): a place.
                    rows.add(row(r.ref, "LOCATION", "REGION", countryOf(r.codes.get(0).code()), r.names.subList(0, 1),
                            r.codes, List.of()));
                } else if (!r.personal && bodyLike(r.names.get(0))) {
                    // Other records of a country's block are bodies only when their name says so: the
                    // rest are people and places the file does not mark ("Muammar Gaddafi", "Arbil").
                    String code = latest(r.codes).code();
                    rows.add(row(r.ref, "ORGANIZATION", sector(code.length() > 3 ? code.substring(3) : code),
                            countryOf(code), bodyNames(r.names), r.codes, List.of()));
                }
            }
        }

        /** The international and armed non-state lists: bodies, and the people who lead them. */
        void bodies(List<String> lines, String list) {
            for (Record r : records(lines)) {
                if (r.codes.isEmpty()) {
                    continue;
                }
                if (looksLikePerson(r.names.get(0))) {
                    rows.add(person(r));
                    continue;
                }
                String code = latest(r.codes).code();
                String prefix = code.substring(0, Math.min(3, code.length()));
                String subtype = list.equals("armed") ? "ARMED_GROUP" : switch (prefix) {
                    case "IGO" -> "IGO";
                    case "NGO" -> "NGO";
                    case "MNC" -> "COMPANY";
                    case "IMG" -> "ARMED_GROUP";
                    default -> sector(code.length() > 3 ? code.substring(3) : code);
                };
                rows.add(row(r.ref, "ORGANIZATION", subtype, countryOf(code), bodyNames(r.names), r.codes, List.of()));
            }
        }

        private static String sector(String rest) {
            String s = rest.length() >= 3 ? rest.substring(0, 3) : rest;
            return switch (s) {
                case "MED" -> "MEDIA";
                case "BUS" -> "COMPANY";
                case "GOV" -> "GOVERNMENT";
                case "REB", "INS", "MIL" -> "ARMED_GROUP";
                case "NGO" -> "NGO";
                case "IGO" -> "IGO";
                default -> "-";
            };
        }

        /** {@return the country a code begins with ("MNCUSA" is American, "GBRGOV" British), else "-"} */
        private String countryOf(String code) {
            if (code.length() >= 3 && countryCodes.contains(code.substring(0, 3))) {
                return code.substring(0, 3);
            }
            if (code.length() >= 6 && countryCodes.contains(code.substring(3, 6))) {
                return code.substring(3, 6);
            }
            return "-";
        }

        private String person(Record r) {
            DatedCode last = latest(r.codes);
            List<String> titles = new ArrayList<>();
            String primary = r.names.get(0);
            for (String n : r.names.subList(1, r.names.size())) {
                // "+PRIME_MINISTER_GORDON_BROWN_": a synonym that is a title before the name gives the title.
                if (n.endsWith(" " + primary) && n.length() > primary.length() + 3) {
                    String title = n.substring(0, n.length() - primary.length() - 1);
                    titles.add(title + " " + last.from().orElse("") + ".." + last.to().orElse(""));
                }
            }
            List<String> names = r.names.stream().filter(n -> !n.endsWith(" " + primary) && !titled(n)).toList();
            if (names.isEmpty()) {
                names = List.of(primary);
            }
            return row(r.ref, "PERSON", "-", countryOf(last.code()), names, r.codes, titles);
        }

        /** A body's names without the people PETRARCH lists as its synonyms (leaders, spokesmen). */
        private List<String> bodyNames(List<String> names) {
            List<String> out = new ArrayList<>(names.subList(0, 1));
            names.subList(1, names.size()).stream().filter(n -> !looksLikePerson(n)).forEach(out::add);
            return out;
        }

        private static boolean bodyLike(String name) {
            for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
                if (BODY_WORDS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private boolean looksLikePerson(String name) {
            String[] words = name.toLowerCase(Locale.ROOT).split(" ");
            if (words.length < 2 || words.length > 4) {
                return false;
            }
            for (String w : words) {
                if (BODY_WORDS.contains(w)) {
                    return false;
                }
            }
            return givenNames.contains(words[0]) || words[0].matches("\\p{L}\\.");
        }

        /** "Foreign Minister Ghani": a synonym that begins with a title is a way to write the title, not a name. */
        private static boolean titled(String name) {
            String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
            return TITLE_WORDS.contains(first);
        }

        private static boolean demonymLike(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.matches(".*(ian|ish|ese|man|men|woman|women|an|i|ic)$");
        }

        /** {@return the code in force last: the one with the latest end, an open end counting as now} */
        private static DatedCode latest(List<DatedCode> codes) {
            DatedCode best = codes.get(0);
            for (DatedCode c : codes) {
                if (c.from().isPresent() && (best.from().isEmpty() || c.to().orElse("9999") .compareTo(best.to().orElse("9999")) > 0)) {
                    best = c;
                }
            }
            return best;
        }

        private static String row(String ref, String type, String subtype, String country, List<String> names,
                                   List<DatedCode> codes, List<String> titles) {
            List<String> roles = codes.stream().map(DatedCode::written).distinct().toList();
            return String.join("\t", ref, type, subtype, country, String.join(";", new LinkedHashSet<>(names)),
                    roles.isEmpty() ? "-" : String.join(";", roles),
                    titles.isEmpty() ? "-" : String.join(";", new LinkedHashSet<>(titles)));
        }

        private List<Record> records(List<String> lines) {
            List<Record> records = new ArrayList<>();
            Record current = null;
            for (String raw : lines) {
                String line = raw.replaceAll("#.*", "");
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("\t") || line.startsWith(" ")) {
                    if (current != null) {
                        current.codes.addAll(DatedCode.allIn(line));
                    }
                } else if (line.startsWith("+")) {
                    if (current != null) {
                        addName(current, line.substring(1));
                    }
                } else {
                    current = new Record(phrase(line).replace(' ', '_').toUpperCase(Locale.ROOT),
                            raw.contains("CountryInfo"));
                    addName(current, line);
                    current.codes.addAll(DatedCode.allIn(line));
                    records.add(current);
                }
            }
            records.removeIf(r -> r.names.isEmpty());
            return records;
        }

        private static void addName(Record r, String line) {
            String name = readable(phrase(line));
            if (name.replaceAll("[^\\p{L}]", "").length() >= 2) {
                r.names.add(name);
            }
        }

        /** {@return the phrase of a line: what comes before its codes, underscores as spaces} */
        private static String phrase(String line) {
            String p = line.replaceAll("\\[.*", "").replace('_', ' ').replaceAll("\\(.*?\\)", " ");
            return p.replaceAll("\\s+", " ").strip();
        }

        /** "TONY BLAIR" as "Tony Blair", "UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES" with "for" small. */
        static String readable(String upper) {
            String[] words = upper.split(" ");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                String w = words[i].toLowerCase(Locale.ROOT);
                if (i > 0) {
                    out.append(' ');
                }
                if (i > 0 && SMALL.contains(w)) {
                    out.append(w);
                } else if (w.contains(".") || !w.matches(".*[aeiouy].*") || words.length == 1 && w.length() <= 4) {
                    out.append(w.toUpperCase(Locale.ROOT));
                } else {
                    out.append(capitalizeParts(w));
                }
            }
            return out.toString();
        }

        private static String capitalizeParts(String w) {
            StringBuilder s = new StringBuilder(w.length());
            boolean start = true;
            for (char c : w.toCharArray()) {
                s.append(start ? Character.toUpperCase(c) : c);
                start = c == '-' || c == '\'' && s.length() == 2;
            }
            return s.toString();
        }

        private static final class Record {
            final String ref;
            final boolean personal;
            final List<String> names = new ArrayList<>();
            final List<DatedCode> codes = new ArrayList<>();

            Record(String ref, boolean personal) {
                this.ref = ref;
                this.personal = personal;
            }
        }
    }

    /** A PETRARCH code with its date restriction, dates as ISO days. */
    record DatedCode(String code, java.util.Optional<String> from, java.util.Optional<String> to) {
        private static final java.util.regex.Pattern CODE =
                java.util.regex.Pattern.compile("\\[\\s*([A-Z]{3}[A-Z0-9]*)\\s*([<>]?)\\s*(\\d{6,8})?(?:-(\\d{6,8}))?\\s*\\]");

        static List<DatedCode> allIn(String line) {
            List<DatedCode> out = new ArrayList<>();
            java.util.regex.Matcher m = CODE.matcher(line);
            while (m.find()) {
                String op = m.group(2);
                java.util.Optional<String> a = java.util.Optional.ofNullable(m.group(3)).map(DatedCode::iso);
                java.util.Optional<String> b = java.util.Optional.ofNullable(m.group(4)).map(DatedCode::iso);
                if (op.equals("<")) {
                    out.add(new DatedCode(m.group(1), java.util.Optional.empty(), a));
                } else if (op.equals(">")) {
                    out.add(new DatedCode(m.group(1), a, java.util.Optional.empty()));
                } else {
                    out.add(new DatedCode(m.group(1), a, b));
                }
            }
            return out;
        }

        /** YYMMDD (years 00-29 are 20xx) or YYYYMMDD as YYYY-MM-DD; a malformed date is dropped. */
        static String iso(String d) {
            String full = d.length() == 6 ? (Integer.parseInt(d.substring(0, 2)) < 30 ? "20" : "19") + d : d;
            if (full.length() != 8) {
                return null;
            }
            String s = full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8);
            try {
                java.time.LocalDate.parse(s);
                return s;
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        String written() {
            return from.isEmpty() && to.isEmpty() ? code : code + " " + from.orElse("") + ".." + to.orElse("");
        }
    }
}
