package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Countries and nationalities: a country NER took for a body, or a country of two words or more
 * taken for a person, is the country (news names a national side by its country); a nationality
 * ("Koreans"), a language ("in Hebrew") and an adjective of a place ("the Moravian town") are
 * {@code OTHER}; a country's name with a word that makes no place of it ("Atlas Ruritania") is a
 * company. A step of {@link TypeEvidence}; one instance serves one article.
 */
final class NationEvidence extends EvidenceStep {
    /** Words that make a place of a country's name: "Northern Ruritania", "Ruritania Republic". */
    private static final Set<String> PLACE_QUALIFIERS = Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "Old", "Republic",
            "Democratic", "People", "Federal", "United", "Islamic", "Kingdom", "Rural", "Coastal", "Mainland");

    NationEvidence(EvidenceStep article) {
        super(article);
    }

    /**
     * A country NER took for a body, or a country of two words or more taken for a person, is the
     * country; a nationality ("Koreans"), a language ("in Hebrew") and an adjective of a place are
     * {@code OTHER}.
     */
    void countries(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            boolean country = is(r, Actor.Kind.COUNTRY);
            boolean person = r.type() == EntityType.PERSON && r.to() - r.from() >= 2;
            if ((r.type() == EntityType.ORGANIZATION || person) && !r.sure() && country) {
                ranges.set(i, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
            } else if (r.type() != EntityType.OTHER && !r.sure() && !capsToken[r.from()]
                    && (is(r, Actor.Kind.DEMONYM) || r.to() - r.from() == 1 && lists.languages().contains(text(r))
                    || adjectiveOfPlace(r))) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
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
     * "Atlas Ruritania", "Ruritania Lamps": a country's name with a word that makes no place of it
     * (no direction, no "Republic") names a company.
     */
    void countryCompanies(List<TokenRange> ranges) {
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
}
