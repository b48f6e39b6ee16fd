package dev.herald.entities.mentions;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words next to a name that NER left out and that belong to it:
 * <ul>
 *   <li>a capitalised "The" that is part of an outlet's or a country's name: "The Sunday Telegraph",
 *       "The Netherlands", "THE HAGUE" (a lower-case "the" is not);</li>
 *   <li>a compass word before a nationality: "West Indian"; "Greater" before a place or a name
 *       made from one: "Greater Manchester", "the Greater Milwaukee Open";</li>
 *   <li>a surname's particles: "Van der Westhuizen", "El Hassane Lahssini";</li>
 *   <li>a ruler's number: "Charles VI", "Queen Elizabeth I"; "I" is the pronoun before a verb
 *       ("Gerrard I was") unless a ruler's title comes before the name, and then still before a
 *       verb in the present ("King Charles I think");</li>
 *   <li>a road's number: "Interstate 95" is a place;</li>
 *   <li>an abbreviation before a place made an attribute: "St. Louis-based";</li>
 *   <li>two places joined by a particle are one: "Santiago de Cuba".</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class NameExtensions {
    private static final Pattern REGNAL = Pattern.compile("(?=[IVX]{2,})X{0,3}(IX|IV|V?I{0,3})|V|X");
    private static final Set<String> PLACE_PARTICLES = Set.of("de", "del", "da", "do", "di", "dos", "das");
    private static final Set<String> PRESENT = Set.of("VBP", "MD", "VBZ");
    private static final Set<String> CONTRACTIONS = Set.of("'m", "'ve", "'d", "'ll", "am", "\u2019m", "\u2019ve");
    private final NameText text;
    private final BoundaryWords words;
    private final Gazetteer gazetteer;

    NameExtensions(NameText text, BoundaryWords words, Gazetteer gazetteer) {
        this.text = text;
        this.words = words;
        this.gazetteer = gazetteer;
    }

    void apply(List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            TokenRange w = widened(r);
            if (!w.equals(r)) {
                ranges.removeIf(o -> o != r && o.overlaps(w) && !o.sure());
                ranges.set(ranges.indexOf(r), w);
            }
        }
        roads(ranges);
        placesWithParticles(ranges);
    }

    private TokenRange widened(TokenRange r) {
        int from = r.from();
        EntityType type = r.type();
        if (text.sameSentence(from - 1, from)) {
            if (wordBeforeBelongs(r)) {
                from--;
            } else if (type == EntityType.PERSON || type == EntityType.OTHER) {
                int p = particlesBefore(from);
                if (p < from && (type == EntityType.PERSON || from - p > 1)) {
                    from = p;
                    type = EntityType.PERSON;
                }
            }
        }
        boolean numbered = type == EntityType.PERSON && text.sameSentence(r.to(), from) && regnal(from, r.to());
        return new TokenRange(from, numbered ? r.to() + 1 : r.to(), type, r.origin());
    }

    /**
     * {@return whether the word before {@code r} is part of it: "The Netherlands", "West Indian",
     * "St. Louis-based", "Greater London"}
     */
    private boolean wordBeforeBelongs(TokenRange r) {
        int from = r.from();
        String w = text.word(from - 1);
        boolean the = w.equalsIgnoreCase("The") && !w.equals("the") && theBelongs(from, r.to());
        boolean compass = r.type() == EntityType.OTHER && r.to() - from == 1 && words.compass.contains(w) && demonym(from);
        boolean abbreviation = r.type() == EntityType.OTHER && r.to() - from <= 3 && text.text(from, r.to()).contains("-")
                && text.capitalized(from - 1) && w.endsWith(".") && w.length() <= 4;
        boolean prefix = words.placePrefixes.contains(w) && r.type() != EntityType.PERSON;
        return the || compass || abbreviation || prefix;
    }

    /** "Santiago de Cuba": two places joined by a particle are one place. */
    private void placesWithParticles(List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            int p = r.to();
            // ranges.contains scans the list: it comes last, or a long text is quadratic.
            if (r.type() != EntityType.LOCATION || !text.sameSentence(p + 1, r.from())
                    || !PLACE_PARTICLES.contains(text.word(p)) || !ranges.contains(r)) {
                continue;
            }
            ranges.stream().filter(o -> o.from() == p + 1 && o.type() == EntityType.LOCATION).findFirst().ifPresent(o -> {
                ranges.remove(r);
                ranges.remove(o);
                ranges.add(new TokenRange(r.from(), o.to(), EntityType.LOCATION, r.origin()));
            });
        }
    }

    private boolean demonym(int i) {
        return gazetteer.lookup(text.word(i)).filter(n -> n.actor().kind() == Actor.Kind.DEMONYM).isPresent();
    }

    /**
     * {@return whether a capitalised "The" before {@code [from, to)} is part of the name: a country
     * or place whose name as written the gazetteer gives with "The" ("The Netherlands", not "The
     * Holland"), or an outlet it names with "The" ("The Sunday Telegraph"); not a metonym ("The
     * Kremlin") nor an outlet named without it ("The BBC")}
     */
    private boolean theBelongs(int from, int to) {
        boolean outlet = gazetteer.lookup(text.text(from, to)).map(GazetteerName::actor)
                .filter(a -> a.subtype().filter("MEDIA"::equals).isPresent()).filter(gazetteer::takesThe).isPresent();
        List<String> withThe = text.words(from - 1, to);
        return outlet || gazetteer.find(withThe, text.capsLine(from)).stream()
                .anyMatch(m -> m.start() == 0 && m.length() == withThe.size() && m.name().form().startsWith("The ")
                        && (m.name().actor().kind() == Actor.Kind.COUNTRY || m.name().actor().kind() == Actor.Kind.PLACE));
    }

    /** {@return the first token of the surname particles before token {@code from} ("Van der")} */
    private int particlesBefore(int from) {
        int p = from;
        while (text.sameSentence(p - 1, from) && Names.PARTICLES.contains(text.word(p - 1))) {
            p--;
        }
        if (text.sameSentence(p - 1, from) && words.surnameParticles.contains(text.word(p - 1))) {
            return p - 1;
        }
        return from;
    }

    private boolean regnal(int from, int to) {
        String w = text.word(to);
        if (REGNAL.matcher(w).matches()) {
            return true;
        }
        if (!w.equals("I")) {
            return false;
        }
        boolean ruler = text.sameSentence(from - 1, from) && words.rulers.contains(text.word(from - 1));
        int next = to + 1;
        boolean follows = text.sameSentence(next, to);
        boolean present = follows && (PRESENT.contains(text.pos(next)) || CONTRACTIONS.contains(text.word(next)));
        boolean verb = present || follows && text.pos(next).startsWith("VB");
        return ruler ? !present : !verb && to - from == 1;
    }

    /** "Interstate 95", "Route 66": a road is a place. */
    private void roads(List<TokenRange> ranges) {
        for (int i = 0; i + 1 < text.size(); i++) {
            int at = i;
            if (words.roads.contains(text.word(i)) && text.sameSentence(i + 1, i) && text.word(i + 1).matches("\\d+")
                    && ranges.stream().noneMatch(r -> r.sure() && r.overlaps(at, at + 2))) {
                NerCorrector.replace(ranges, new TokenRange(i, i + 2, EntityType.LOCATION, TokenRange.Origin.RULE));
            }
        }
    }
}
