package dev.herald.entities.mentions;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.Sentence;
import dev.herald.model.Token;

import java.util.List;

/**
 * Sets where names begin and end, where NER found the right name with the wrong extent. In order:
 * <ol>
 *   <li>punctuation inside names: nicknames in quotation marks or brackets between a person's
 *       names, unbalanced brackets ({@link InnerPunctuation});</li>
 *   <li>titles in quotation marks are one work ({@link QuotedTitles});</li>
 *   <li>two names run together across "and"/"or", or a place beside an acronym
 *       ({@link ConjoinedNames});</li>
 *   <li>a name run on into a place, a person or a role ({@link EmbeddedNames});</li>
 *   <li>words at the ends that are not part of the name ({@link NameTrims});</li>
 *   <li>words next to the name that are ({@link NameExtensions});</li>
 *   <li>bodies' names NER cut short ({@link BodyNames});</li>
 *   <li>a name's extent from its acronym in brackets ({@link AcronymNames});</li>
 *   <li>possessives inside names ({@link PossessiveNames}).</li>
 * </ol>
 * The words these rules rely on are in the data file {@code boundaries.txt}
 * ({@link BoundaryWords}). A working step of {@link NerCorrector}, run on the whole article before
 * document consistency. Thread-safe: each call works on its own state.
 */
public final class MentionBoundaries {
    private final Gazetteer gazetteer;
    private final BoundaryWords words;

    public MentionBoundaries(Gazetteer gazetteer, BoundaryWords words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /** Corrects {@code ranges} (NER's names over the article's tokens) in place. */
    public void apply(List<Token> tokens, List<Sentence> sentences, List<TokenRange> ranges) {
        NameText text = new NameText(tokens, sentences);
        new InnerPunctuation(text).apply(ranges);
        new QuotedTitles(text, gazetteer).apply(ranges);
        ConjoinedNames conjoined = new ConjoinedNames(text, gazetteer, words);
        conjoined.apply(ranges);
        new EmbeddedNames(text, words, gazetteer, conjoined).apply(ranges);
        new NameTrims(text, words, gazetteer).apply(ranges);
        new NameExtensions(text, words, gazetteer).apply(ranges);
        new BodyNames(text, words).apply(ranges);
        new AcronymNames(text).apply(ranges);
        new PossessiveNames(text, words).apply(ranges);
    }
}
