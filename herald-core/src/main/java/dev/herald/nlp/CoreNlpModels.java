package dev.herald.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads CoreNLP pipelines once per JVM and profile: loading takes seconds and hundreds of MB, so
 * every stage, thread and test of one process shares them.
 *
 * <p>Sharing across threads: one pipeline per profile serves all threads, and with it one
 * tokenizer, sentence splitter, POS tagger, lemmatizer and NER classifier (their {@code annotate}
 * keeps its state in the call's own {@code Annotation}). The dependency parser is the exception:
 * it is one per thread, from a pool ({@link PooledDependencyParser}).
 */
public final class CoreNlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpModels.class);
    private static final Map<NlpProfile, StanfordCoreNLP> LOADED = new ConcurrentHashMap<>();
    /**
     * The NER model: CoNLL-2003's PER/ORG/LOC/MISC CRF with distributional similarity features.
     * Entity F1 on CoNLL-2003 dev (ner-score, all four types, Herald's records): 0.913 with the
     * three-model default, 0.922 with this one alone (PER/ORG/LOC: 0.920 and 0.929); the fast
     * profile runs about twice as fast.
     */
    static final String CONLL_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private CoreNlpModels() {
    }

    /** {@return the pipeline for {@code profile}, loading it on first use} */
    public static StanfordCoreNLP pipeline(NlpProfile profile) {
        return LOADED.computeIfAbsent(profile, CoreNlpModels::load);
    }

    static Properties properties(NlpProfile profile) {
        Properties props = new Properties();
        props.setProperty("annotators", profile.annotators());
        props.setProperty("tokenize.language", "en");
        // Paragraphs are separated by a blank line in Article.text; a sentence never crosses one.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // One CRF model instead of CoreNLP's three (all.3class, muc.7class, conll.4class): NER is most
        // of the fast profile's time and each model costs as much as the others. CoNLL's four
        // classes are exactly Herald's types (MISC is OTHER); the other two add nothing Herald keeps
        // but DATE/MONEY/PERCENT tags. See CONLL_MODEL for the measured effect.
        props.setProperty("ner.model", CONLL_MODEL);
        props.setProperty("ner.combinationMode", "NORMAL");
        // Dates are Herald's own (dates.DateFinder); SUTime and the fine-grained rules cost most of
        // stock NER's time and add nothing we keep.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // Threads sharing one dependency parser queue on its cache's lock: each gets its own (see
        // the class). CoreNLP keeps a built-in annotator over a custom one of the same name, hence
        // the new name.
        props.setProperty("annotators", profile.annotators().replace("depparse", PooledDependencyParser.NAME));
        props.setProperty("customAnnotatorClass." + PooledDependencyParser.NAME, PooledDependencyParser.class.getName());
        // The parser caches hidden-layer products of features it has not precomputed; CoreNLP's 5,000
        // entries churn on news (evicting costs a hash removal per miss): 100,000 (about 80 MB per
        // parser) took full-profile CPU per BBC article from about 0.21 s to 0.16-0.19 s.
        props.setProperty("depparse.numCached", "100000");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,ptb3Escaping=false");
        return props;
    }

    private static StanfordCoreNLP load(NlpProfile profile) {
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(profile));
        LOG.info("loaded CoreNLP profile {} ({}) in {} ms", profile, profile.annotators(),
                (System.nanoTime() - start) / 1_000_000);
        return pipeline;
    }
}
