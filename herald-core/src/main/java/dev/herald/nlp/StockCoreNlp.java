package dev.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Properties;

/**
 * Stock CoreNLP with its own defaults, for measuring Herald against: the baseline of
 * {@code herald bench --baseline corenlp}. For {@code FAST}: tokenize, ssplit, pos, lemma, ner
 * (with SUTime, the numeric classifiers and the fine-grained rules, as CoreNLP ships them); for
 * {@code FULL}: those plus depparse, statistical coref and quote. Nothing of Herald's tuning
 * ({@link CoreNlpModels#properties}) is applied.
 *
 * <p>Built once and shared by all threads of a run: {@code StanfordCoreNLP.annotate(Annotation)} is
 * thread-safe for these annotators (CoreNLP's own server shares one pipeline across its request
 * threads). Each call annotates one document once; the batch form {@code annotate(Iterable, int,
 * Consumer)} is not used, since in 4.5.10 it annotates every document twice.
 */
public final class StockCoreNlp {
    private static final Logger LOG = LoggerFactory.getLogger(StockCoreNlp.class);

    private final StanfordCoreNLP pipeline;
    private final String annotators;

    public StockCoreNlp(NlpProfile profile) {
        Properties props = new Properties();
        annotators = profile == NlpProfile.FAST
                ? "tokenize,ssplit,pos,lemma,ner"
                : "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
        props.setProperty("annotators", annotators);
        if (profile != NlpProfile.FAST) {
            props.setProperty("coref.algorithm", "statistical");
        }
        long start = System.nanoTime();
        pipeline = new StanfordCoreNLP(props);
        LOG.info("loaded stock CoreNLP ({}) in {} ms", annotators, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@return the annotators it runs, comma-separated} */
    public String annotators() {
        return annotators;
    }

    /** Annotates {@code text} and {@return how many tokens it has} */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<?> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
