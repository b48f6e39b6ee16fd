package dev.herald.entities;

import dev.herald.model.EntityType;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Retypes names whose span is right and whose type the words around them contradict, in this
 * order:
 * <ol>
 *   <li>countries: a country NER took for a body is the country (news names a national side by
 *       its country);</li>
 *   <li>organisation suffixes: a name ending in a legal form, a kind of business or a club word
 *       ("Inc", "Pharmaceuticals", "United") is a body unless the gazetteer knows it as a place; a
 *       company named in full with its legal form ("Apic Yamada Corp") is that body where it is
 *       named without it;</li>
 *   <li>competitions: a name ending in "Cup", "Open", "Festival", ... is {@code OTHER}; a name right
 *       before such a word takes it into an event ("[Sydney] Olympics" becomes "Sydney Olympics");</li>
 *   <li>clubs: in a sports report, a town that plays ("Leeds beat"), is played ("victory over
 *       Leeds"), has players ("Leeds striker", "Leeds 's John Smith", "John Smith of Leeds"), stands
 *       in a result line ("Leeds 2 Arsenal 1") is its club throughout the report, except after "in"
 *       and "at" and in a dateline; a country, or a nation of the United Kingdom, stays a place;</li>
 *   <li>short names: the first word of a body's name ("Real" of "Real Madrid"), tagged as a person
 *       where it stands alone, is the body;</li>
 *   <li>persons: a name followed by an age ("Okafor , 31 ,"), a competitor with a country in a
 *       ranked results line ("3. Ana Lisboa ( Portugal ) 2:11.05") and a name of two words or more
 *       that starts with a common given name are persons;</li>
 *   <li>ships: "the aircraft carrier Enterprise", "HMS Victory" are {@code OTHER};</li>
 *   <li>places: "the city of Lisle", "Dura refugee camp" and the town of a dateline ("LISLE ,
 *       Ruritania 2024-05-01") are places.</li>
 * </ol>
 * Lists: {@code organisation-suffixes.txt}, {@code competition-words.txt}, {@code sports-words.txt},
 * {@code squad-words.txt}, {@code result-words.txt}, {@code given-names.txt}, {@code place-nouns.txt},
 * {@code vessel-words.txt}. A working step of
 * {@link NerCorrector} after {@link DocumentConsistency}; one instance serves one article.
 */
final class TypeEvidence {
    static final Set<String> ORGANISATION_SUFFIXES = WordLists.words("organisation-suffixes.txt");
    static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Corporation", "Co", "Ltd", "Limited", "Plc", "PLC",
            "plc", "LLC", "AG", "GmbH", "SA", "NV", "BV", "SpA", "AB", "Bhd", "Tbk");
    static final Set<String> COMPETITIONS = new HashSet<>();
    static final Set<String> SPORTS = new HashSet<>();
    static final Set<String> WEAK_SPORTS = new HashSet<>();
    static final Set<String> SQUAD = WordLists.words("squad-words.txt");
    static final Set<String> GIVEN_NAMES = WordLists.words("given-names.txt");
    static final Set<String> LANGUAGES = WordLists.words("languages.txt");
    private static final Set<String> RESULT_VERBS = new HashSet<>();
    private static final List<List<String>> RESULT_BEFORE = new java.util.ArrayList<>();
    private static final Set<String> CLUB_NOUNS = new HashSet<>();
    private static final Set<String> EVENT_FIRST_WORDS = new HashSet<>();
    /** Nations of one state that field national sides of their own: in a sports report they stay places. */
    private static final Set<String> HOME_NATIONS = Set.of("england", "scotland", "wales", "northern ireland");
    /** Squad words that show a club without a player named after them: "Leeds fans". */
    private static final Set<String> SUPPORTERS = Set.of("players", "fans", "supporters");
    /** Words in a place's or facility's name, never in a person's: "Ross County", "Baker Street". */
    private static final Set<String> PLACE_WORDS = Set.of("County", "City", "Town", "Island", "Islands", "Street",
            "Square", "Park", "Airport", "Bay", "River", "Lake", "Valley", "Hill", "Hills", "Beach", "Harbour",
            "Port", "Road", "Avenue", "Bridge", "Stadium", "Hall", "House", "Palace", "Centre", "Center", "North",
            "South", "East", "West", "Central");
    /** Words after a name that show a body: "Harwick shares", "Harwick chairwoman". */
    private static final Set<String> BODY_ROLES = Set.of("chairman", "chairwoman", "chief", "spokesman",
            "spokeswoman", "shares", "shareholders", "board", "executives", "staff", "employees", "workers");
    /** Last words of a landmark's or feature's name, never of a body's: "Tiananmen Square", "Lake Ohrid". */
    private static final Set<String> LANDMARK_WORDS = Set.of("Square", "Avenue", "Road", "Bridge",
            "Mountains", "River", "Lake", "Island", "Islands", "Bay", "Valley", "Peninsula", "Strait", "Straits",
            "Gulf", "Sea", "Ocean", "Desert", "Canal");
    /** Words that make a place of a country's name: "Northern Ruritania", "Ruritania Republic". */
    private static final Set<String> PLACE_QUALIFIERS = Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "Old", "Republic",
            "Democratic", "People", "Federal", "United", "Islamic", "Kingdom", "Rural", "Coastal", "Mainland");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201C", "``");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201D", "''");
    /** Place words that clubs take from their town: "Norwich City", "Ross County". */
    private static final Set<String> TOWN_WORDS = Set.of("City", "Town", "County");
    /** Lower-case words after a name that make it a facility named after a person: "Jomo Kenyatta airport". */
    private static final Set<String> FACILITIES = Set.of("airport", "street", "square", "avenue", "road", "bridge",
            "stadium", "hospital", "school", "university", "station", "park", "centre", "center", "prize", "award",
            "trophy", "cup", "memorial", "foundation");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    /**
     * How much sport a sports report has: a sports word counts 2, a word common outside sport 1;
     * at least one sports word and two different words.
     */
    private static final int SPORTS_SCORE = 4;

    static {
        for (String line : WordLists.lines("result-words.txt")) {
            if (line.startsWith("club:")) {
                CLUB_NOUNS.add(line.substring("club:".length()).strip());
            } else if (line.startsWith("before:")) {
                RESULT_BEFORE.add(List.of(line.substring("before:".length()).strip().split("\\s+")));
            } else {
                RESULT_VERBS.add(line);
            }
        }
        for (String line : WordLists.lines("sports-words.txt")) {
            if (line.startsWith("weak:")) {
                WEAK_SPORTS.add(line.substring("weak:".length()).strip());
            } else {
                SPORTS.add(line);
            }
        }
        for (String line : WordLists.lines("competition-words.txt")) {
            if (line.startsWith("first:")) {
                EVENT_FIRST_WORDS.add(line.substring("first:".length()).strip());
            } else {
                COMPETITIONS.add(line);
            }
        }
    }

    private static final Set<String> PLACE_NOUNS_AFTER = new HashSet<>();
    private static final List<List<String>> PLACE_NOUNS_BEFORE = new java.util.ArrayList<>();
    private static final Set<String> VESSEL_PREFIXES = new HashSet<>();
    private static final List<List<String>> VESSEL_WORDS = new java.util.ArrayList<>();

    static {
        for (String line : WordLists.lines("place-nouns.txt")) {
            if (line.startsWith("before:")) {
                PLACE_NOUNS_BEFORE.add(List.of(line.substring("before:".length()).strip().split("\\s+")));
            } else {
                PLACE_NOUNS_AFTER.add(line);
            }
        }
        for (String line : WordLists.lines("vessel-words.txt")) {
            if (line.startsWith("prefix:")) {
                VESSEL_PREFIXES.add(line.substring("prefix:".length()).strip());
            } else {
                VESSEL_WORDS.add(List.of(line.split("\\s+")));
            }
        }
    }

    private final List<Token> tokens;
    private final Gazetteer gazetteer;
    private final Set<String> clubs = new HashSet<>();
    private final boolean[] capsToken;
    private final int[] sentenceOf;
    private final List<Sentence> sentences;

    TypeEvidence(List<Token> tokens, List<Sentence> sentences, Gazetteer gazetteer) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        this.capsToken = new boolean[tokens.size()];
        this.sentenceOf = new int[tokens.size()];
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            boolean caps = Names.allCapsLine(NerCorrector.words(tokens, s));
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                capsToken[i] = caps;
                sentenceOf[i] = k;
            }
        }
    }

    List<TokenRange> apply(List<TokenRange> input) {
        List<TokenRange> ranges = new java.util.ArrayList<>(input);
        ranges.sort(java.util.Comparator.comparingInt(TokenRange::from));
        countries(ranges);
        countryCompanies(ranges);
        suffixes(ranges);
        competitions(ranges);
        quotedTitles(ranges);
        if (sportsReport()) {
            clubs(ranges);
        }
        shortNames(ranges);
        vessels(ranges);
        persons(ranges);
        places(ranges);
        datelines(ranges);
        return ranges;
    }

    /**
     * "the central Moravian town": an adjective of a place ("-ian", "-ese", "-ish") before a
     * lower-case noun is {@code OTHER}, as a nationality is.
     */
    private boolean adjectiveOfPlace(TokenRange r) {
        String w = text(r);
        return r.type() != EntityType.PERSON && r.to() - r.from() == 1 && r.to() < tokens.size()
                && sentenceOf[r.to()] == sentenceOf[r.from()]
                && w.matches("\\p{Lu}\\p{Ll}+(ian|ese|ish)") && !Names.capitalized(tokens.get(r.to()).word())
                && Character.isLetter(tokens.get(r.to()).word().charAt(0)) && gazetteer.lookup(w).isEmpty();
    }

    /**
     * A country NER took for a body, or a country of two words or more taken for a person, is the
     * country; a nationality ("Koreans"), a language ("in Hebrew") and an adjective of a place are
     * {@code OTHER}.
     */
    private void countries(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean country = is(r, Actor.Kind.COUNTRY);
            boolean person = r.type() == EntityType.PERSON && r.to() - r.from() >= 2;
            if ((r.type() == EntityType.ORGANIZATION || person) && !r.sure() && country) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            } else if (r.type() != EntityType.OTHER && !r.sure() && !capsToken[r.from()]
                    && (is(r, Actor.Kind.DEMONYM) || r.to() - r.from() == 1 && LANGUAGES.contains(text(r))
                    || adjectiveOfPlace(r))) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
    }

    /** "Daniels Pharmaceuticals", "Leeds United": a body; "Apic Yamada" of "Apic Yamada Corp" too. */
    private void suffixes(List<TokenRange> ranges) {
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            String last = tokens.get(r.to() - 1).word().replace(".", "");
            if (r.to() - r.from() < 2 || !ORGANISATION_SUFFIXES.contains(last) || endsInPlace(r)) {
                continue;
            }
            if (r.type() != EntityType.ORGANIZATION && !r.sure()) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
            if (LEGAL_FORMS.contains(last) && r.to() - r.from() >= 3 && !capsToken[r.from()]) {
                bodies.add(key(r.from(), r.to() - 1));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() != EntityType.ORGANIZATION && !r.sure() && bodies.contains(key(r.from(), r.to()))) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** "the aircraft carrier Enterprise", "HMS Victory": a ship, {@code OTHER}, wherever it is named. */
    private void vessels(List<TokenRange> ranges) {
        Set<String> ships = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (capsToken[r.from()]) {
                continue;
            }
            boolean prefixed = r.to() - r.from() >= 2 && VESSEL_PREFIXES.contains(tokens.get(r.from()).word());
            int phrase = vesselWordsBefore(r);
            boolean after = phrase > 0 && (!r.sure() || phrase > 1);
            if (prefixed || after) {
                ships.add(key(r.from(), r.to()));
                if (prefixed) {
                    ships.add(key(r.from() + 1, r.to()));
                }
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if ((!r.sure() || vesselWordsBefore(r) > 1) && ships.contains(key(r.from(), r.to()))) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
    }

    /** {@return how many words of a ship phrase ("aircraft carrier") stand right before the name, or 0} */
    private int vesselWordsBefore(TokenRange r) {
        for (List<String> phrase : VESSEL_WORDS) {
            int from = r.from() - phrase.size();
            if (from >= 0 && sentenceOf[from] == sentenceOf[r.from()] && words(from, r.from()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /**
     * A short name ending in a landmark word ("Tiananmen Square") is a place, not a body (a long one
     * is more often a body named after it).
     * "the northern city of Lisle", "Dura refugee camp", "Lisle village": a place, wherever the
     * article names it (save a club of a sports report); names listed after it ("the towns of Lisle
     * and Dura") too. A name tagged {@code OTHER} is retyped only where the evidence stands, and
     * not where it describes the place ("an Afghan village", "a Moslem village").
     */
    private void places(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.to() - r.from() >= 2 && r.to() - r.from() <= 3
                    && words(r.from(), r.to()).stream().allMatch(Names::capitalized)
                    && LANDMARK_WORDS.contains(tokens.get(r.to() - 1).word())) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
        Set<String> places = new HashSet<>();
        Set<TokenRange> others = new HashSet<>();
        TokenRange previous = null;
        for (TokenRange r : ranges) {
            boolean listed = previous != null && places.contains(key(previous.from(), previous.to()))
                    && previous.to() + 1 == r.from() && isListJoin(previous.to())
                    && sentenceOf[previous.from()] == sentenceOf[r.from()];
            if (!r.sure() && !capsToken[r.from()] && (listed || placeNounBefore(r) || placeNounAfter(r))) {
                if (r.type() != EntityType.OTHER) {
                    places.add(key(r.from(), r.to()));
                } else if (!nationality(r) && !afterIndefiniteArticle(r)) {
                    others.add(r);
                }
            }
            previous = r;
        }
        places.removeAll(clubs);
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean named = r.type() != EntityType.OTHER && places.contains(key(r.from(), r.to()));
            if (r.type() != EntityType.LOCATION && !r.sure() && (named || others.contains(r))) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** "a Moslem village": the name describes the place rather than naming it. */
    private boolean afterIndefiniteArticle(TokenRange r) {
        if (r.from() == 0 || sentenceOf[r.from() - 1] != sentenceOf[r.from()]) {
            return false;
        }
        String w = tokens.get(r.from() - 1).word().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || Character.isDigit(w.charAt(0)) || w.equals("many")
                || w.equals("some") || w.equals("several");
    }

    private boolean placeNounBefore(TokenRange r) {
        for (List<String> before : PLACE_NOUNS_BEFORE) {
            int from = r.from() - before.size();
            if (from >= 0 && sentenceOf[from] == sentenceOf[r.from()] && words(from, r.from()).equals(before)) {
                return true;
            }
        }
        return false;
    }

    private boolean placeNounAfter(TokenRange r) {
        int at = r.to();
        if (at < tokens.size() && sentenceOf[at] == sentenceOf[r.from()] && tokens.get(at).word().equals("refugee")) {
            at++;
        }
        return at < tokens.size() && sentenceOf[at] == sentenceOf[r.from()]
                && PLACE_NOUNS_AFTER.contains(tokens.get(at).word());
    }

    /** {@return whether the name is a nationality: known as one, or written like one ("Bahraini", "Kurdish")} */
    private boolean nationality(TokenRange r) {
        String w = text(r);
        return is(r, Actor.Kind.DEMONYM) || r.to() - r.from() == 1 && w.matches(".*(ian|ese|ish|ic|i)");
    }

    /**
     * "LISLE , Ruritania 2024-05-01", "LISLE 2024-05-01": the town a report is filed from, and the
     * region or country after it, are places.
     */
    private void datelines(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            Sentence s = sentences.get(sentenceOf[r.from()]);
            if (r.from() != s.firstToken() || r.sure() || !Names.allCaps(String.join("", words(r.from(), r.to())))) {
                continue;
            }
            int at = r.to();
            TokenRange region = null;
            if (at < s.endToken() && tokens.get(at).word().equals(",") && i + 1 < ranges.size()
                    && ranges.get(i + 1).from() == at + 1 && ranges.get(i + 1).type() != EntityType.PERSON) {
                region = ranges.get(i + 1);
                at = region.to();
            }
            if (at + 1 < s.endToken() && tokens.get(at).word().equals(",") && region != null) {
                at++;
            }
            if (at < s.endToken() && dateLike(tokens.get(at).word())) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
                if (region != null && !region.sure()) {
                    ranges.set(i + 1, region.as(EntityType.LOCATION, TokenRange.Origin.RULE));
                }
            }
        }
    }

    private static boolean dateLike(String w) {
        return w.matches("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\(|\u2014")
                || MONTHS.contains(w.replace(".", ""));
    }

    /**
     * "Atlas Ruritania", "Ruritania Lamps": a country's name with a word that makes no place of it
     * (no direction, no "Republic") names a company.
     */
    private void countryCompanies(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            int n = r.to() - r.from();
            if (r.type() != EntityType.LOCATION || r.sure() || n < 2 || n > 3 || capsToken[r.from()]
                    || gazetteer.lookup(text(r)).isPresent()) {
                continue;
            }
            boolean country = false;
            boolean other = true;
            for (int t = r.from(); t < r.to(); t++) {
                String w = tokens.get(t).word();
                if (is(new TokenRange(t, t + 1, r.type(), r.origin()), Actor.Kind.COUNTRY)) {
                    country = true;
                } else if (!Names.capitalized(w) || w.endsWith(".") || w.length() < 3 || PLACE_QUALIFIERS.contains(w)
                        || PLACE_WORDS.contains(w) || LANDMARK_WORDS.contains(w) || gazetteer.lookup(w).isPresent()) {
                    other = false;
                }
            }
            if (country && other) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** Whether the name, or its last words, is a place the gazetteer knows ("Jewish West Bank"). */
    private boolean endsInPlace(TokenRange r) {
        for (int from = r.from(); from < r.to(); from++) {
            TokenRange tail = new TokenRange(from, r.to(), r.type(), r.origin());
            if (is(tail, Actor.Kind.PLACE) || is(tail, Actor.Kind.COUNTRY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Venice Film Festival": an event, {@code OTHER}; a name right before such a word takes it in
     * ("[Sydney] Olympics" becomes "Sydney Olympics", the event, as news annotates it).
     */
    private void competitions(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.OTHER || r.sure()) {
                continue;
            }
            boolean ends = r.to() - r.from() >= 2 && (COMPETITIONS.contains(tokens.get(r.to() - 1).word())
                    || EVENT_FIRST_WORDS.contains(tokens.get(r.from()).word()));
            boolean before = r.type() != EntityType.PERSON && r.to() < tokens.size()
                    && sentenceOf[r.to()] == sentenceOf[r.from()]
                    && COMPETITIONS.contains(tokens.get(r.to()).word());
            if (ends) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            } else if (before) {
                int end = r.to() + 1;
                for (int j = ranges.size() - 1; j >= 0; j--) {
                    TokenRange o = ranges.get(j);
                    if (o != r && o.overlaps(r.to(), r.to() + 1)) {
                        end = Math.max(end, o.to());
                        ranges.remove(j);
                    }
                }
                int at = ranges.indexOf(r);
                ranges.set(at, new TokenRange(r.from(), end, EntityType.OTHER, TokenRange.Origin.RULE));
                i = at;
            }
        }
    }

    /** A body's name alone in quotation marks is a title or a slogan ("Viva Lisle", a "Clean Hands" campaign). */
    private void quotedTitles(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.from() > 0 && r.to() < tokens.size()
                    && sentenceOf[r.from() - 1] == sentenceOf[r.to()]
                    && OPENING_QUOTES.contains(tokens.get(r.from() - 1).word())
                    && CLOSING_QUOTES.contains(tokens.get(r.to()).word())) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
    }

    /** Whether the article reads as a sports report. */
    private boolean sportsReport() {
        int strong = 0;
        int weak = 0;
        Set<String> distinct = new HashSet<>();
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (SPORTS.contains(w)) {
                strong++;
                distinct.add(w);
            } else if (WEAK_SPORTS.contains(w)) {
                weak++;
                distinct.add(w);
            }
        }
        return strong > 0 && 2 * strong + weak >= SPORTS_SCORE && distinct.size() >= 2;
    }

    /** A town that plays is its club throughout a sports report. */
    private void clubs(List<TokenRange> ranges) {
        Set<TokenRange> sites = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.type() == EntityType.OTHER || capsToken[r.from()] || venue(r)
                    || is(r, Actor.Kind.COUNTRY)
                    || is(r, Actor.Kind.DEMONYM) || HOME_NATIONS.contains(key(r.from(), r.to()))) {
                continue;
            }
            boolean person = r.type() == EntityType.PERSON;
            if (person ? afterClubNoun(r) && !r.sure() : playsAsClub(r, ranges)) {
                clubs.add(key(r.from(), r.to()));
                sites.add(r);
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean retypable = r.type() == EntityType.LOCATION || r.type() == EntityType.PERSON && !r.sure();
            if (retypable && clubs.contains(key(r.from(), r.to())) && (sites.contains(r) || !placeContext(r))) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
        townsWhereClubsPlay(ranges);
    }

    /** "In Leeds , ...": a sentence that opens on a town in a sports report is set there. */
    private void townsWhereClubsPlay(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            Sentence s = sentences.get(sentenceOf[r.from()]);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.from() == s.firstToken() + 1
                    && tokens.get(s.firstToken()).word().equals("In") && r.to() < s.endToken()
                    && tokens.get(r.to()).word().equals(",") && !is(r, Actor.Kind.ORGANIZATION)) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** {@return whether the name is a ground or a building ("Elland Road"), not a town a club is named after} */
    private boolean venue(TokenRange r) {
        String last = tokens.get(r.to() - 1).word();
        return PLACE_WORDS.contains(last) && !TOWN_WORDS.contains(last);
    }

    /** "champions Leeds", "title contenders Leeds": a club. */
    private boolean afterClubNoun(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        return r.from() > s.firstToken() && CLUB_NOUNS.contains(tokens.get(r.from() - 1).word());
    }

    private boolean playsAsClub(TokenRange r, List<TokenRange> ranges) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        String next = r.to() < s.endToken() ? tokens.get(r.to()).word() : "";
        boolean the = r.from() > s.firstToken() && tokens.get(r.from() - 1).word().equalsIgnoreCase("the");
        if (RESULT_VERBS.contains(next) || afterClubNoun(r) || besideClub(r, ranges, s)) {
            return true;
        }
        if (SQUAD.contains(next) && !the && (SUPPORTERS.contains(next)
                || ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.from() == r.to() + 1))) {
            return true;
        }
        for (List<String> before : RESULT_BEFORE) {
            int from = r.from() - before.size();
            if (from >= s.firstToken() && words(from, r.from()).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList().equals(before)) {
                return true;
            }
        }
        if (next.equals("'s") && ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.from() == r.to() + 1)) {
            return true;
        }
        if (r.from() - 1 > s.firstToken() && tokens.get(r.from() - 1).word().equals("of")
                && ranges.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.to() == r.from() - 1)) {
            return true;
        }
        return resultLine(r, ranges, s);
    }

    /** "Wasps and Leeds", "Leeds , Wasps": a name listed next to a body is a club too. */
    private boolean besideClub(TokenRange r, List<TokenRange> ranges, Sentence s) {
        for (TokenRange o : ranges) {
            if (o.type() != EntityType.ORGANIZATION || o == r) {
                continue;
            }
            boolean before = o.to() == r.from() - 1 && isListJoin(r.from() - 1);
            boolean after = o.from() == r.to() + 1 && isListJoin(r.to());
            if ((before || after) && o.from() >= s.firstToken() && o.to() <= s.endToken()) {
                return true;
            }
        }
        return false;
    }

    private boolean isListJoin(int at) {
        String w = tokens.get(at).word();
        return w.equals("and") || w.equals(",");
    }

    /** "Leeds 2 Arsenal 1": two names, each followed by a score, in a short line. */
    private boolean resultLine(TokenRange r, List<TokenRange> ranges, Sentence s) {
        if (s.endToken() - s.firstToken() > 12 || !score(r.to(), s)) {
            return false;
        }
        return ranges.stream().anyMatch(o -> o != r && o.from() >= s.firstToken() && o.to() <= s.endToken()
                && score(o.to(), s));
    }

    private boolean score(int at, Sentence s) {
        return at < s.endToken() && tokens.get(at).word().matches("\\d{1,3}");
    }

    /** After "in" or "at", or in a dateline ("LEEDS , England", "DALLAS , Texas"): the place itself. */
    private boolean placeContext(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        if (r.from() > s.firstToken()) {
            String before = tokens.get(r.from() - 1).word().toLowerCase(Locale.ROOT);
            if (before.equals("in") || before.equals("at")) {
                return true;
            }
        }
        boolean first = r.from() == s.firstToken();
        String next = r.to() < s.endToken() ? tokens.get(r.to()).word() : "";
        if (first && (Names.allCaps(tokens.get(r.from()).word()) || capsToken[r.from()])
                && (next.equals(",") || !next.isEmpty() && Character.isDigit(next.charAt(0)))) {
            return true;
        }
        return r.from() - 2 >= s.firstToken() && r.from() - 2 <= s.firstToken() + 2
                && tokens.get(r.from() - 1).word().equals(",")
                && Names.allCaps(tokens.get(r.from() - 2).word()) && tokens.get(r.from() - 2).word().length() > 1;
    }

    /** "Real" of "Real Madrid", tagged as a person where it stands alone: the body. */
    private void shortNames(List<TokenRange> ranges) {
        Set<String> firstWords = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.to() - r.from() < 2 || capsToken[r.from()]) {
                continue;
            }
            String first = tokens.get(r.from()).word();
            if (r.type() == EntityType.ORGANIZATION && Names.capitalized(first) && first.length() > 2
                    && !GIVEN_NAMES.contains(first) && !Names.STYLES.contains(first)
                    && gazetteer.lookup(first).isEmpty()) {
                firstWords.add(key(r.from(), r.from() + 1));
            } else if (r.type() == EntityType.PERSON) {
                for (int i = r.from() + 1; i < r.to(); i++) {
                    surnames.add(key(i, i + 1));
                }
            }
        }
        firstWords.removeAll(surnames);
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.PERSON && r.to() - r.from() == 1 && !r.sure()
                    && firstWords.contains(key(r.from(), r.to()))) {
                ranges.set(i, r.as(EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** "Okafor , 31 ,": a person; "Glenn Halloway": a person. */
    private void persons(List<TokenRange> ranges) {
        Set<String> people = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.type() != EntityType.PERSON && !r.sure() && (aged(r) || givenName(r) || ranked(r, ranges))) {
                people.add(key(r.from(), r.to()));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() != EntityType.PERSON && !r.sure() && people.contains(key(r.from(), r.to()))) {
                ranges.set(i, r.as(EntityType.PERSON, TokenRange.Origin.RULE));
            }
        }
    }

    /** "3. Ana Lisboa ( Portugal ) 2:11.05": a competitor in a ranked results line is a person. */
    private boolean ranked(TokenRange r, List<TokenRange> ranges) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        int rank = r.from() - 1;
        if (rank > 0 && tokens.get(rank).word().equals(".")) {
            rank--;
        }
        boolean numbered = rank >= 0 && tokens.get(rank).word().matches("\\d{1,3}\\.?")
                && (rank == 0 || sentenceOf[rank - 1] != sentenceOf[rank]
                || tokens.get(rank).span().start() - tokens.get(rank - 1).span().end() > 1);
        if (!numbered || r.to() - r.from() < 2 || r.to() + 2 >= s.endToken() || !tokens.get(r.to()).word().equals("(")
                || ORGANISATION_SUFFIXES.contains(tokens.get(r.to() - 1).word())) {
            return false;
        }
        return ranges.stream().anyMatch(c -> c.from() == r.to() + 1 && c.to() < s.endToken()
                && tokens.get(c.to()).word().equals(")") && (c.type() == EntityType.LOCATION || is(c, Actor.Kind.COUNTRY)));
    }

    private boolean aged(TokenRange r) {
        Sentence s = sentences.get(sentenceOf[r.from()]);
        int t = r.to();
        if (t + 2 >= s.endToken() || !tokens.get(t).word().equals(",") || !tokens.get(t + 2).word().equals(",")) {
            return false;
        }
        String age = tokens.get(t + 1).word();
        return age.matches("\\d{2}") && Integer.parseInt(age) >= 15;
    }

    private boolean givenName(TokenRange r) {
        if (r.to() - r.from() < 2 || !GIVEN_NAMES.contains(tokens.get(r.from()).word())
                || gazetteer.lookup(text(r)).isPresent()) {
            return false;
        }
        if (r.to() < tokens.size() && (FACILITIES.contains(tokens.get(r.to()).word())
                || BODY_ROLES.contains(tokens.get(r.to()).word()))) {
            return false;
        }
        for (int i = r.from() + 1; i < r.to(); i++) {
            String w = tokens.get(i).word();
            if (ORGANISATION_SUFFIXES.contains(w) || COMPETITIONS.contains(w) || PLACE_WORDS.contains(w)
                    || !(Names.capitalized(w) || Names.PARTICLES.contains(w) || NerCorrector.hyphenJoins(tokens, i))) {
                return false;
            }
        }
        return true;
    }

    private boolean is(TokenRange r, Actor.Kind kind) {
        Optional<GazetteerName> known = gazetteer.lookup(text(r));
        return known.isPresent() && known.get().actor().kind() == kind;
    }

    private String text(TokenRange r) {
        return String.join(" ", words(r.from(), r.to()));
    }

    private List<String> words(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::word).toList();
    }

    private String key(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(TokenTrie.fold(tokens.get(i).word()));
        }
        return b.toString();
    }
}
