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
 */
public final class CoreNlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpModels.class);
    private static final Map<NlpProfile, StanfordCoreNLP> LOADED = new ConcurrentHashMap<>();

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
        // Dates are Herald's own (dates.DateFinder); SUTime and the fine-grained rules cost most of
        // stock NER's time and add nothing we keep.
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        // One CRF trained on newswire with MISC (CoNLL-2003's four types) instead of the stock
        // combination of three: better on news, one third of the time.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.combinationMode", "NORMAL");
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
