package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;

import java.util.List;

/**
 * What the speaker stages read off one article before they attribute anything: the quotations found
 * so far as an index, the words, the actors, the referents they resolve to and the clauses around
 * them. {@link SpeakerResolver} and {@link ReportedSpeechFinder} build it the same way. A reading
 * belongs to one stage's call: {@link Referents} keeps who was credited last.
 *
 * @param quotations the spans of the article's quotes, asked "is this quoted?" by every word and actor
 * @param referents  who an actor expression stands for
 * @param clauses    attribution clauses of quotes and sentences
 * @param sources    the whole source expression around a cue's subject
 */
record QuoteReading(SpanCover quotations, Referents referents, Clauses clauses, SourcePhrase sources) {

    static QuoteReading of(Article article, ActorFinder actorFinder, Lexicon lexicon) {
        String text = article.text();
        SpanCover quotations = new SpanCover(article.get(Layer.QUOTES).stream().map(Quote::span).toList());
        Words words = Words.of(text);
        List<Actor> actors = actorFinder.find(text, words, article.get(Layer.MENTIONS), article.get(Layer.TOKENS));
        Referents referents = new Referents(text, words, article.get(Layer.SENTENCES), article.get(Layer.TOKENS),
                actors, article.get(Layer.ENTITIES), article.get(Layer.METONYMS), quotations::anyContains, lexicon);
        Clauses clauses = new Clauses(text, words, article.get(Layer.SENTENCES), article.get(Layer.TOKENS), actors,
                quotations::anyContains, lexicon);
        SourcePhrase sources = new SourcePhrase(words, article.get(Layer.TOKENS), article.get(Layer.SENTENCES),
                quotations::anyContains, lexicon);
        return new QuoteReading(quotations, referents, clauses, sources);
    }
}
