package dev.herald.entities.types;

import dev.herald.entities.NerCorrector;
import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.entities.gazetteer.TokenTrie;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the steps of {@link TypeEvidence} share: the article's tokens and sentences, which tokens
 * stand on all-capitals lines, the sentence of each token, the gazetteer, and small helpers over
 * token ranges. The arrays are built once per article and shared, never written after.
 */
public abstract class EvidenceStep {
    /** Word lists more than one step reads. */
    static final Set<String> LEGAL_FORMS = Set.of("Inc", "Corp", "Corporation", "Co", "Ltd", "Limited", "Plc", "PLC",
            "plc", "LLC", "AG", "GmbH", "SA", "NV", "BV", "SpA", "AB", "Bhd", "Tbk");
    /** Words in a place's or facility's name, never in a person's: "Ross County", "Baker Street". */
    static final Set<String> PLACE_WORDS = Set.of("County", "City", "Town", "Island", "Islands", "Street",
            "Square", "Park", "Airport", "Bay", "River", "Lake", "Valley", "Hill", "Hills", "Beach", "Harbour",
            "Port", "Road", "Avenue", "Bridge", "Stadium", "Hall", "House", "Palace", "Centre", "Center", "North",
            "South", "East", "West", "Central");
    /** Last words of a landmark's or feature's name, never of a body's: "Tiananmen Square", "Lake Ohrid". */
    static final Set<String> LANDMARK_WORDS = Set.of("Square", "Avenue", "Road", "Bridge",
            "Mountains", "River", "Lake", "Island", "Islands", "Bay", "Valley", "Peninsula", "Strait", "Straits",
            "Gulf", "Sea", "Ocean", "Desert", "Canal");
    final List<Token> tokens;
    final List<Sentence> sentences;
    final Gazetteer gazetteer;
    final EntityWords lists;
    final boolean[] capsToken;
    final int[] sentenceOf;

    EvidenceStep(List<Token> tokens, List<Sentence> sentences, Gazetteer gazetteer, EntityWords lists) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        this.lists = lists;
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

    /** A step over the same article as {@code other}. */
    EvidenceStep(EvidenceStep other) {
        this.tokens = other.tokens;
        this.sentences = other.sentences;
        this.gazetteer = other.gazetteer;
        this.lists = other.lists;
        this.capsToken = other.capsToken;
        this.sentenceOf = other.sentenceOf;
    }

    boolean is(TokenRange r, Actor.Kind kind) {
        Optional<GazetteerName> known = gazetteer.lookup(text(r));
        return known.isPresent() && known.get().actor().kind() == kind;
    }

    String text(TokenRange r) {
        return String.join(" ", words(r.from(), r.to()));
    }

    List<String> words(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::word).toList();
    }

    String key(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(TokenTrie.fold(tokens.get(i).word()));
        }
        return b.toString();
    }

    boolean isListJoin(int at) {
        String w = tokens.get(at).word();
        return w.equals("and") || w.equals(",");
    }
}
