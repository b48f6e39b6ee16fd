package dev.herald.nlp;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The baseline Herald's quote layer is measured against: CoreNLP's own {@code QuoteAnnotator} and
 * {@code QuoteAttributionAnnotator} (annotators tokenize, ssplit, pos, lemma, ner, depparse, coref
 * with the statistical algorithm, quote with {@code quote.attributeQuotes=true}), turned into
 * Herald's {@link Quote} records. Not part of any profile: it loads several GB of models and is used
 * only by the evaluation.
 *
 * <p>Requires nothing. Provides {@code quotes} (top-level quotations, marks stripped; the speaker is
 * CoreNLP's canonical mention, else its speaker string). Thread-safety: as {@link CoreNlpAnnotator}.
 */
public final class StockQuoteAttributor implements Stage {
    private final StanfordCoreNLP pipeline;

    public StockQuoteAttributor() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties props = CoreNlpModels.properties(NlpProfile.FULL);
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        // Stock settings for NER: the quote sieves rely on entity mentions.
        props.remove("ner.buildEntityMentions");
        return props;
    }

    @Override
    public String name() {
        return "corenlp-quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Article apply(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Quote> quotes = new ArrayList<>();
        List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Span inner = withoutMarks(article.text(), begin, end);
            quotes.add(new Quote("Q" + (quotes.size() + 1), inner, Quote.Kind.DIRECT, speaker(q, tokens),
                    Optional.empty(), Optional.empty()));
        }
        return article.with(Layer.QUOTES, quotes);
    }

    private static Optional<Speaker> speaker(CoreMap q, List<CoreLabel> tokens) {
        String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        String speaker = canonical != null ? canonical : q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        if (speaker == null || speaker.isBlank()) {
            return Optional.empty();
        }
        Integer b = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer e = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        Optional<Span> mention = Optional.empty();
        if (b != null && e != null && b >= 0 && e < tokens.size() && b <= e) {
            mention = Optional.of(new Span(tokens.get(b).beginPosition(), tokens.get(e).endPosition()));
        }
        return Optional.of(new Speaker.Named(speaker, "corenlp", mention));
    }

    private static Span withoutMarks(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && isMark(text.charAt(b))) {
            b++;
        }
        while (e > b && isMark(text.charAt(e - 1))) {
            e--;
        }
        return new Span(b, e);
    }

    private static boolean isMark(char c) {
        return "\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e".indexOf(c) >= 0;
    }
}
