package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.model.EntityType;

import java.util.List;
import java.util.Optional;

/**
 * Takes apart two names that NER ran into one across a conjunction or side by side:
 * <ul>
 *   <li>"Mercantile or Commerce": "or" almost never stands inside a name, so the two sides are two
 *       names;</li>
 *   <li>"Banc One and First Chicago": "and" joins two names when the article names both sides on
 *       their own (alone, or at the start of a longer name such as "Banc One Corp"), or
 *       one of them so and the other is longer than a word; "Procter and Gamble", "Johnson and
 *       Johnson" and known names such as "Trinidad and Tobago" stay whole;</li>
 *   <li>"Chicago NAPM": a known place before an acronym the article names alone is a place and a
 *       body (after the acronym, a place names a branch: "BBC Scotland", "GM Europe").</li>
 * </ul>
 * A working step of {@link MentionBoundaries}. One instance serves one article.
 */
final class ConjoinedNames {
    /** Words before a name that make it the end of a longer one ("Department of Energy"). */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "for", "on");
    private final NameText text;
    private final Gazetteer gazetteer;
    private final BoundaryWords words;

    ConjoinedNames(NameText text, Gazetteer gazetteer, BoundaryWords words) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.words = words;
    }

    void apply(List<TokenRange> ranges) {
        for (TokenRange r : List.copyOf(ranges)) {
            if (r.type() == EntityType.PERSON || gazetteer.lookup(text.text(r.from(), r.to())).isPresent()) {
                continue;
            }
            if (r.to() - r.from() >= 3 && !splitAtConjunction(r, ranges) || r.to() - r.from() == 2) {
                splitPlaceAndAcronym(r, ranges);
            }
        }
    }

    private boolean splitAtConjunction(TokenRange r, List<TokenRange> ranges) {
        for (int k = r.from() + 1; k < r.to() - 1; k++) {
            String w = text.word(k);
            if (!w.equals("and") && !w.equals("or") || !text.capitalized(k + 1)) {
                continue;
            }
            TokenRange a = new TokenRange(r.from(), k, r.type(), r.origin());
            TokenRange b = new TokenRange(k + 1, r.to(), r.type(), r.origin());
            boolean split = w.equals("or") || conjoined(a, b, ranges);
            if (split) {
                ranges.remove(r);
                ranges.add(a);
                ranges.add(b);
                return true;
            }
        }
        return false;
    }

    private boolean conjoined(TokenRange a, TokenRange b, List<TokenRange> ranges) {
        if (text.text(a.from(), a.to()).equals(text.text(b.from(), b.to()))) {
            return false;
        }
        boolean knownA = known(a, ranges);
        boolean knownB = known(b, ranges);
        return knownA && knownB || knownA && b.to() - b.from() > 1 || knownB && a.to() - a.from() > 1;
    }

    /** {@return whether the article or the gazetteer shows {@code part} as a name of its own} */
    private boolean known(TokenRange part, List<TokenRange> ranges) {
        boolean gazetteered = gazetteer.lookup(text.text(part.from(), part.to())).filter(n -> !n.weak()).isPresent();
        return gazetteered || standsAlone(text.words(part.from(), part.to()), part.from(), ranges);
    }

    /**
     * {@return whether {@code words} occur somewhere other than at {@code self} as a name: a name of
     * the article alone, or with a company's suffix ("Banc One Corp"); not right after a capitalised
     * word other than "The", nor after "of", "for" or "on", nor inside another name, and not
     * followed by the word that follows them at {@code self} (the same longer name again)}
     */
    boolean standsAlone(List<String> name, int self, List<TokenRange> ranges) {
        // Only where the first word occurs can the name: those places come from an index of the words.
        for (int p : name.isEmpty() ? text.allPositions() : text.positionsOf(name.get(0))) {
            if (p + name.size() > text.size()) {
                break;
            }
            int at = p;
            int end = p + name.size();
            // The word test first: it is cheap, and the range tests would make long texts quadratic.
            if (p == self || !text.wordsAt(name, p)
                    || ranges.stream().anyMatch(r -> r.contains(self, self + 1) && r.overlaps(at, end))) {
                continue;
            }
            boolean startsName = !text.sameSentence(p - 1, p) || !text.capitalized(p - 1) || text.opensSentence(p)
                    || text.word(p - 1).equals("The");
            boolean inside = ranges.stream().anyMatch(r -> r.from() < at && at < r.to());
            boolean sameName = text.sameSentence(end, p) && self + name.size() < text.size()
                    && text.sameSentence(self + name.size(), self) && text.word(end).equals(text.word(self + name.size()));
            boolean afterConjunction = text.sameSentence(end, p)
                    && (text.word(end).equals("and") || text.word(end).equals("or"));
            boolean named = ranges.stream().anyMatch(r -> r.from() == at && (r.to() == end || suffixesOnly(end, r.to())));
            boolean joined = text.sameSentence(p - 1, p) && JOINERS.contains(text.word(p - 1));
            if (named && startsName && !joined && !afterConjunction && !inside && !sameName) {
                return true;
            }
        }
        return false;
    }

    private boolean suffixesOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!words.corporateSuffixes.contains(text.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Chicago NAPM": a known place before an acronym the article uses alone. */
    private void splitPlaceAndAcronym(TokenRange r, List<TokenRange> ranges) {
        int last = r.to() - 1;
        if (text.capsLine(r.from())) {
            return;
        }
        if (acronym(last) && place(r.from(), last)) {
            split(r, ranges, new TokenRange(r.from(), last, EntityType.LOCATION, r.origin()), last);
        }
    }

    private void split(TokenRange r, List<TokenRange> ranges, TokenRange place, int acronym) {
        Optional<EntityType> alone = ranges.stream().filter(o -> o.to() - o.from() == 1 && o.from() != acronym
                && text.word(o.from()).equals(text.word(acronym))).map(TokenRange::type).findFirst();
        if (alone.isEmpty() || !standsAlone(List.of(text.word(acronym)), acronym, ranges)) {
            return;
        }
        ranges.remove(r);
        ranges.add(place);
        ranges.add(new TokenRange(acronym, acronym + 1, alone.get(), r.origin()));
    }

    private boolean acronym(int i) {
        String w = text.word(i);
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    private boolean place(int from, int to) {
        if (to <= from) {
            return false;
        }
        Optional<GazetteerName> n = gazetteer.lookup(text.text(from, to)).filter(g -> !g.weak());
        return n.isPresent() && (n.get().actor().kind() == Actor.Kind.PLACE || n.get().actor().kind() == Actor.Kind.COUNTRY);
    }
}
