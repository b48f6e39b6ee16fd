package dev.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Predicate;

/**
 * CoreNLP's dependency parser, one per thread: a pool of parsers, each used by one thread at a
 * time, so that threads do not wait on each other.
 *
 * <p>Why: in CoreNLP 4.5.10 {@code nndep.Classifier} keeps one {@code LeastRecentlyUsedCache} of
 * hidden-layer products per parser and takes its lock for every feature looked up (twice per
 * parser transition), so threads sharing a parser spend their time queueing for it. The tagger,
 * NER and the other annotators of Herald's profiles hold no such lock and stay shared.
 *
 * <p>Registered as the custom annotator {@value #NAME}, which stands where a profile says
 * {@code depparse} ({@link CoreNlpModels}); it requires and sets what {@code depparse} does.
 * Options: those of {@code depparse} ({@code depparse.model}, ...). One parser is loaded when the
 * pipeline is built; more on first need, up to the number of threads that parse at once (each
 * takes about 2 s to load and some 100 MB of heap).
 *
 * <p>Only the basic dependencies are built ({@code BasicDependenciesAnnotation}), the graph Herald reads:
 * CoreNLP's own {@code depparse} annotator also converts every parse into collapsed, CC-processed,
 * enhanced and enhanced++ graphs, which no stage reads and which took some 40% of its time (the same
 * basic graphs either way: the parser's prediction is the same, only the conversions left out).
 *
 * <p>A document may say which of its sentences are worth parsing ({@link Selection}, set before
 * annotating): the others are left without a graph, so that parsing, most of the full profile's
 * time, is spent only where something reads the parse.
 */
public final class PooledDependencyParser implements Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(PooledDependencyParser.class);

    /** The annotator name it is registered under. */
    public static final String NAME = "herald_depparse";

    private final Properties parserProps;
    private final BlockingDeque<DependencyParser> idle = new LinkedBlockingDeque<>();

    /** The constructor CoreNLP calls for a custom annotator named {@code name}; reads {@code depparse.*}. */
    public PooledDependencyParser(String name, Properties props) {
        this.parserProps = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
        idle.add(load());
    }

    /**
     * The sentences of a document to parse, where not all: those the predicate accepts. Set on the
     * document's {@code Annotation} before the pipeline annotates it.
     */
    public static final class Selection implements CoreAnnotation<Predicate<CoreMap>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<Predicate<CoreMap>> getType() {
            return (Class) Predicate.class;
        }
    }

    @Override
    public void annotate(Annotation annotation) {
        Predicate<CoreMap> selection = annotation.get(Selection.class);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (selection == null || sentences == null) {
            parse(annotation);
            return;
        }
        List<CoreMap> chosen = sentences.stream().filter(selection).toList();
        if (chosen.isEmpty()) {
            return;
        }
        // The parser annotates the sentences of the document it is given: a view holding only the chosen
        // ones (the same CoreMaps, so their graphs land in the whole document).
        Annotation view = new Annotation(annotation);
        view.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        parse(view);
    }

    private void parse(Annotation annotation) {
        DependencyParser parser = idle.pollFirst();
        if (parser == null) {
            parser = load();
        }
        try {
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                GrammaticalStructure parse = parser.predict(sentence);
                SemanticGraph basic = SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC,
                        GrammaticalStructure.Extras.NONE, null);
                sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
            }
        } finally {
            idle.offerFirst(parser);
        }
    }

    private DependencyParser load() {
        long start = System.nanoTime();
        DependencyParser parser = DependencyParser.loadFromModelFile(
                PropertiesUtils.getString(parserProps, "model", DependencyParser.DEFAULT_MODEL), parserProps);
        LOG.info("loaded a dependency parser for one more thread in {} ms", (System.nanoTime() - start) / 1_000_000);
        return parser;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}
