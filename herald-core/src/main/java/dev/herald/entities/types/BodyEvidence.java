package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bodies by their names: a name ending in a legal form, a kind of business or a club word ("Inc",
 * "Pharmaceuticals", "United") is a body unless it is a place; a company named in full with its
 * legal form ("Apic Yamada Corp") is that body where it is named without it; the first word of a
 * body's name ("Real" of "Real Madrid"), tagged as a person where it stands alone, is the body. A
 * step of {@link TypeEvidence}; one instance serves one article.
 */
final class BodyEvidence extends EvidenceStep {
    BodyEvidence(EvidenceStep article) {
        super(article);
    }

    /** "Daniels Pharmaceuticals", "Leeds United": a body; "Apic Yamada" of "Apic Yamada Corp" too. */
    void suffixes(List<TokenRange> ranges) {
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            String last = tokens.get(r.to() - 1).word().replace(".", "");
            if (r.to() - r.from() < 2 || !lists.organisationSuffixes().contains(last) || endsInPlace(r)) {
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

    /** "Real" of "Real Madrid", tagged as a person where it stands alone: the body. */
    void shortNames(List<TokenRange> ranges) {
        Set<String> firstWords = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (TokenRange r : ranges) {
            if (r.to() - r.from() < 2 || capsToken[r.from()]) {
                continue;
            }
            String first = tokens.get(r.from()).word();
            if (r.type() == EntityType.ORGANIZATION && Names.capitalized(first) && first.length() > 2
                    && !lists.givenNames().contains(first) && !Names.STYLES.contains(first)
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
}
