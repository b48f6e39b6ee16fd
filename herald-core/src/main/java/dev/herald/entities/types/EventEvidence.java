package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Events, titles and ships, {@code OTHER}: a name ending in "Cup", "Open", "Festival", ... (a name
 * right before such a word takes it in: "[Sydney] Olympics" becomes "Sydney Olympics"), a body's
 * name alone in quotation marks ("Viva Lisle"), a ship ("the aircraft carrier Enterprise", "HMS
 * Victory") wherever it is named. Lists: {@code competition-words.txt}, {@code vessel-words.txt}. A
 * step of {@link TypeEvidence}; one instance serves one article.
 */
final class EventEvidence extends EvidenceStep {
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "\u201C", "``");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201D", "''");

    EventEvidence(EvidenceStep article) {
        super(article);
    }

    /**
     * A feast, a time zone or a faith ({@link EntityWords#statelessNames()}) is {@code OTHER} whatever the tagger
     * made of it: it names no person, body or place ("Christmas" tagged as a person).
     */
    void statelessNames(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            String name = text(r).replace(" 's", "'s").toLowerCase(java.util.Locale.ROOT);
            if (r.type() != EntityType.OTHER && !r.sure() && lists.statelessNames().contains(name)) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
    }

    /**
     * "Venice Film Festival": an event, {@code OTHER}; a name right before such a word takes it in
     * ("[Sydney] Olympics" becomes "Sydney Olympics", the event, as news annotates it).
     */
    void competitions(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.OTHER || r.sure()) {
                continue;
            }
            boolean ends = r.to() - r.from() >= 2 && (lists.competitions().contains(tokens.get(r.to() - 1).word())
                    || lists.eventFirstWords().contains(tokens.get(r.from()).word()));
            boolean before = r.type() != EntityType.PERSON && r.to() < tokens.size()
                    && sentenceOf[r.to()] == sentenceOf[r.from()]
                    && lists.competitions().contains(tokens.get(r.to()).word());
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

    /**
     * A body's name alone in quotation marks is a title or a slogan ("Viva Lisle", a "Clean Hands"
     * campaign), unless the gazetteer knows the body (a paper quoted by name stays a paper).
     */
    void quotedTitles(List<TokenRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (r.type() == EntityType.ORGANIZATION && !r.sure() && r.from() > 0 && r.to() < tokens.size()
                    && !is(r, Actor.Kind.ORGANIZATION)
                    && sentenceOf[r.from() - 1] == sentenceOf[r.to()]
                    && OPENING_QUOTES.contains(tokens.get(r.from() - 1).word())
                    && CLOSING_QUOTES.contains(tokens.get(r.to()).word())) {
                ranges.set(i, r.as(EntityType.OTHER, TokenRange.Origin.RULE));
            }
        }
    }

    /** "the aircraft carrier Enterprise", "HMS Victory": a ship, {@code OTHER}, wherever it is named. */
    void vessels(List<TokenRange> ranges) {
        Set<String> ships = new HashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            TokenRange r = ranges.get(i);
            if (capsToken[r.from()]) {
                continue;
            }
            boolean prefixed = r.to() - r.from() >= 2 && lists.vesselPrefixes().contains(tokens.get(r.from()).word());
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
        for (List<String> phrase : lists.vesselWords()) {
            int from = r.from() - phrase.size();
            if (from >= 0 && sentenceOf[from] == sentenceOf[r.from()] && words(from, r.from()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }
}
