package dev.herald.nlp;

import dev.herald.model.Article;
import dev.herald.model.Dependency;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs CoreNLP on the article's text and turns its {@code CoreMap}s into Herald's records at once:
 * nothing downstream sees a CoreNLP type.
 *
 * <p>Requires nothing. Provides {@code tokens}, {@code sentences} and {@code mentions} (maximal runs
 * of tokens with one NER tag, MISC as {@code OTHER}); a profile that parses ({@code FULL}) also provides
 * {@code dependencies}: the basic Universal Dependencies tree of every sentence, indexed by token
 * layer position. Options: the {@link NlpProfile}, and which sentences are worth parsing (default:
 * all): a test of a sentence's tokens, such as "holds a word an event may be coded from"; the others
 * get no edges in {@code dependencies}, and stages reading it fall back on what they do without a parse.
 *
 * <p>Thread-safe: CoreNLP's {@code StanfordCoreNLP.annotate} with these annotators may be called
 * from many threads on one pipeline (as CoreNLP's own server does); each call has its own
 * {@code Annotation}.
 */
public final class CoreNlpAnnotator implements Stage {
    private final StanfordCoreNLP pipeline;
    private final boolean parses;
    private final Predicate<List<Token>> worthParsing;

    public CoreNlpAnnotator(NlpProfile profile) {
        this(profile, sentence -> true);
    }

    /** @param worthParsing whether a sentence (its tokens) is parsed, where the profile parses */
    public CoreNlpAnnotator(NlpProfile profile, Predicate<List<Token>> worthParsing) {
        this.pipeline = CoreNlpModels.pipeline(profile);
        this.parses = profile.parses();
        this.worthParsing = Objects.requireNonNull(worthParsing, "worthParsing");
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return parses ? Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.MENTIONS, Layer.DEPENDENCIES)
                : Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Article apply(Article article) {
        Annotation doc = new Annotation(article.text());
        doc.set(PooledDependencyParser.Selection.class, s -> worthParsing.test(tokens(s, 0)));
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int first = tokens.size();
            tokens.addAll(tokens(s, sentences.size()));
            if (parses) {
                dependencies.addAll(dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                        first));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(new Span(begin, end), sentences.size(), first, tokens.size()));
        }
        Article annotated = article.with(Layer.TOKENS, tokens)
                .with(Layer.SENTENCES, sentences)
                .with(Layer.MENTIONS, mentions(article.text(), tokens));
        return parses ? annotated.with(Layer.DEPENDENCIES, dependencies) : annotated;
    }

    /** The tokens of one CoreNLP sentence, as sentence number {@code sentence}. */
    private static List<Token> tokens(CoreMap s, int sentence) {
        List<Token> out = new ArrayList<>();
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
            String ner = t.ner() == null ? "O" : t.ner();
            String lemma = t.lemma() == null ? t.word() : t.lemma();
            String pos = t.tag() == null ? "" : t.tag();
            out.add(new Token(new Span(t.beginPosition(), t.endPosition()), t.word(), lemma, pos, ner, sentence));
        }
        return out;
    }

    /** The edges of one sentence's graph, token indices shifted by {@code first} into the token layer. */
    private static List<Dependency> dependencies(SemanticGraph graph, int first) {
        List<Dependency> edges = new ArrayList<>();
        if (graph == null) {
            return edges;
        }
        for (var root : graph.getRoots()) {
            edges.add(new Dependency(-1, first + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return edges;
    }

    /** Maximal runs of tokens in one sentence with the same entity tag. */
    static List<Mention> mentions(String text, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!isEntityTag(t.ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) {
                j++;
            }
            Span span = new Span(t.span().start(), tokens.get(j - 1).span().end());
            mentions.add(new Mention(span, span.of(text), EntityType.fromNerTag(t.ner()), Mention.Kind.NAME));
            i = j;
        }
        return mentions;
    }

    private static boolean isEntityTag(String tag) {
        return tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION") || tag.equals("MISC");
    }
}
