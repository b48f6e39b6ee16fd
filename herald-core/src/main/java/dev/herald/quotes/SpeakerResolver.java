package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Credits each quotation found by {@link QuoteFinder} to its speaker, as a reader does:
 * <ul>
 *   <li>a cue in the quotation's sentence and the cue's subject, before or after the quote
 *       ({@link Clauses}): named people and bodies, pronouns, titles, unnamed sources, spokespeople;</li>
 *   <li>the subject resolved to a speaker ({@link Referents}): the canonical name of its entity, never a
 *       pronoun (a person the entity layer lacks, such as "Ms Truss" missed by NER, keeps the fullest
 *       form of the name in the article and an empty entity id); unnamed sources keep their
 *       description and are anonymous; "told The Times" gives {@code via}; the speaker's mention is
 *       the cue's subject ("he", "Ms Truss"), its source the whole expression around it
 *       ({@link SourcePhrase}: "Foreign Secretary Liz Truss");</li>
 *   <li>a direct quotation without a cue in its sentence: the name it is signed with after a dash when
 *       it opens its line ("“…” ― Jane Roe", pull-quotes, readers' responses), the label or the subject
 *       of the clause that introduces it with a colon ("Clinton: “…”", "Sanders delivered a retort: “…”");</li>
 *   <li>a direct quotation without a cue stays with the last speaker (of a quotation or of reported
 *       speech) when that speaker was introduced at most {@link QuoteConfig#maxContinuation()}
 *       paragraphs before;</li>
 *   <li>a partial quotation that no cue credits to anyone is a scare quote, and one that reads as a
 *       name (up to four words, every one capitalized; for a quoted sentence, two or more) is a title
 *       or a name: neither is a quotation, both are dropped.</li>
 * </ul>
 *
 * <p>Requires {@code quotes}, {@code sentences}, {@code mentions}, {@code entities} (uses {@code tokens}
 * for parts of speech, and {@code metonyms} to credit a government for "Moscow said", when set). Provides {@code quotes}, replacing the unattributed ones. Options:
 * {@link QuoteConfig#maxContinuation()}. Thread-safe.
 */
public final class SpeakerResolver implements Stage {
    private final QuoteConfig config;
    private final Lexicon lexicon;
    private final ActorFinder actorFinder;

    public SpeakerResolver(QuoteConfig config, Lexicon lexicon) {
        this.config = config;
        this.lexicon = lexicon;
        this.actorFinder = new ActorFinder(lexicon);
    }

    @Override
    public String name() {
        return "speaker-resolver";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.QUOTES, Layer.SENTENCES, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Article apply(Article article) {
        String text = article.text();
        List<Quote> found = article.get(Layer.QUOTES);
        QuoteReading reading = QuoteReading.of(article, actorFinder, lexicon);
        SpanCover quotations = reading.quotations();
        Referents referents = reading.referents();
        Clauses clauses = reading.clauses();
        List<Span> paragraphs = QuoteFinder.paragraphs(text);
        List<Sentence> sentences = article.get(Layer.SENTENCES);

        List<Quote> quotes = new ArrayList<>();
        Speaker last = null;
        int lastParagraph = -1;
        int nextSentence = 0;
        for (Quote q : found) {
            for (; nextSentence < sentences.size() && sentences.get(nextSentence).span().end() <= q.span().start(); nextSentence++) {
                Sentence s = sentences.get(nextSentence);
                if (!quotations.anyOverlaps(s.span())) {
                    // A description ("The restoration of the films revealed …") speaks in its sentence only:
                    // the next uncued quotation is not its own.
                    Optional<Speaker> reported = clauses.forSentence(s).filter(a -> a.subject().kind() != Actor.Kind.DESCRIPTION)
                            .flatMap(a -> referents.speaker(a.subject()));
                    if (reported.isPresent()) {
                        last = reported.get();
                        lastParagraph = paragraphOf(paragraphs, s.span().start());
                    }
                }
            }
            boolean direct = q.kind() == Quote.Kind.DIRECT;
            Optional<Attribution> attribution = clauses.forQuote(q.span(), direct).map(a -> nearest(a, q.span(), clauses, referents));
            Optional<Speaker> speaker = attribution.flatMap(a -> referents.speaker(a.subject())
                    .map(sp -> reading.sources().at(sp, a.subject())));
            attribution.ifPresent(a -> referents.credit(a.subject()));
            int paragraph = paragraphOf(paragraphs, q.span().start());
            if (attribution.isEmpty() && direct && last != null && paragraph - lastParagraph <= config.maxContinuation()) {
                speaker = Optional.of(last);
            }
            String quotedWords = q.span().of(text);
            if ((!direct && speaker.isEmpty()) || (readsAsName(quotedWords) && (!direct || quotedWords.strip().contains(" ")))) {
                continue;
            }
            Optional<String> via = attribution.flatMap(Attribution::via).flatMap(referents::speaker).map(Speaker::name);
            quotes.add(new Quote("Q" + (quotes.size() + 1), q.span(), q.kind(), speaker,
                    attribution.map(Attribution::cue), via));
            if (speaker.isPresent()) {
                last = speaker.get();
                lastParagraph = paragraph;
            }
        }
        return article.with(Layer.QUOTES, quotes);
    }

    /**
     * {@return the attribution resting on the mention of its speaker at the quotation's own cue: the
     * pronoun subject of a later cue of the sentence that stands for the same speaker ("which he
     * declared"), or, for a pronoun that opens what the same speaker is reported to say ("Jo Park said
     * she voted no, adding, “…”"), the one reporting} Who speaks does not change, only the mention and
     * cue the words are credited at.
     */
    private static Attribution nearest(Attribution a, Span quote, Clauses clauses, Referents referents) {
        Optional<String> speaker = referents.speaker(a.subject()).map(Speaker::name);
        Predicate<Attribution> same = n -> speaker.isPresent() && referents.speaker(n.subject()).map(Speaker::name).equals(speaker);
        return clauses.nearerCue(quote, a.subject()).filter(same).or(() -> clauses.reporterOf(a.subject()).filter(same)).orElse(a);
    }

    private static boolean readsAsName(String quote) {
        String[] words = quote.strip().split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0)) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int paragraphOf(List<Span> paragraphs, int offset) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (paragraphs.get(i).start() <= offset) {
                return i;
            }
        }
        return 0;
    }
}
