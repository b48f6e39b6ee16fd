package dev.herald.entities.types;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Retypes names whose span is right and whose type the words around them contradict, in this
 * order: countries and nationalities ({@link NationEvidence}); bodies by their suffixes
 * ({@link BodyEvidence}); feasts, events and titles ({@link EventEvidence}); clubs in a sports report
 * ({@link SportsClubs}); short names of bodies ({@link BodyEvidence}); ships
 * ({@link EventEvidence}); persons ({@link PersonEvidence}); places ({@link PlaceEvidence}). Each
 * step retypes only names no earlier rule is sure of, and marks its own as sure. A working step of
 * {@link NerCorrector} after {@link DocumentConsistency}; one instance serves one article.
 */
public final class TypeEvidence extends EvidenceStep {
    private final Set<String> months;

    /**
     * @param lists  the word lists the steps read
     * @param months month names and abbreviations (the shared lexicon's), which a dateline's town stops at
     */
    public TypeEvidence(List<Token> tokens, List<Sentence> sentences, Gazetteer gazetteer, EntityWords lists,
                        Set<String> months) {
        super(tokens, sentences, gazetteer, lists);
        this.months = months;
    }

    public List<TokenRange> apply(List<TokenRange> input) {
        List<TokenRange> ranges = new ArrayList<>(input);
        ranges.sort(Comparator.comparingInt(TokenRange::from));
        NationEvidence nations = new NationEvidence(this);
        nations.countries(ranges);
        nations.countryCompanies(ranges);
        BodyEvidence bodies = new BodyEvidence(this);
        bodies.suffixes(ranges);
        EventEvidence events = new EventEvidence(this);
        events.statelessNames(ranges);
        events.competitions(ranges);
        events.quotedTitles(ranges);
        SportsClubs sports = new SportsClubs(this);
        if (sports.sportsReport()) {
            sports.clubs(ranges);
        }
        bodies.shortNames(ranges);
        events.vessels(ranges);
        PersonEvidence persons = new PersonEvidence(this);
        persons.persons(ranges);
        persons.peers(ranges);
        PlaceEvidence places = new PlaceEvidence(this, sports.clubNames(), months);
        if (!sports.sportsReport()) {
            places.shires(ranges);
            places.listedTowns(ranges);
        }
        places.landmarks(ranges);
        places.places(ranges);
        places.datelines(ranges);
        return ranges;
    }
}
