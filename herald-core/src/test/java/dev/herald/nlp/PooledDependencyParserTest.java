package dev.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full profile's parser pool: threads get their own parser and the same parses as one thread, and the
 * same basic dependencies as CoreNLP's own {@code depparse} annotator, without the graphs no stage reads.
 */
@Tag("models")
class PooledDependencyParserTest {
    private static final List<String> TEXTS = List.of(
            "The council approved the new bridge on Tuesday. Its leader said it would change the city.",
            "Ferry services to the island resumed after the storm, the operator said.",
            "Police arrested two men after a break-in at a shop in the town centre on Sunday night.",
            "The minister told reporters that the plan would be published next week.",
            "Fans queued for hours outside the stadium before the final whistle.",
            "A spokesman for the hospital said staff had worked through the night.");

    private static List<String> parse(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> graphs = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            graphs.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList());
        }
        return graphs;
    }

    @Test
    void the_full_profile_parses_with_the_pool_and_two_threads_give_the_same_parses_as_one() throws Exception {
        StanfordCoreNLP pipeline = CoreNlpModels.pipeline(NlpProfile.FULL);
        List<List<String>> sequential = new ArrayList<>();
        for (String text : TEXTS) {
            sequential.add(parse(pipeline, text));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<String>>> parallel = new ArrayList<>();
                for (String text : TEXTS) {
                    parallel.add(pool.submit(() -> parse(pipeline, text)));
                }
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential.get(0).get(0)).contains("nsubj(approved-3, council-2)");
        assertThat(CoreNlpModels.properties(NlpProfile.FULL).getProperty("annotators"))
                .isEqualTo("tokenize,ssplit,pos,lemma,ner," + PooledDependencyParser.NAME);
    }

    @Test
    void the_pool_gives_the_basic_dependencies_of_corenlps_own_annotator_and_builds_no_other_graph() {
        Properties stockProps = CoreNlpModels.properties(NlpProfile.FULL);
        stockProps.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP stock = new StanfordCoreNLP(stockProps);
        StanfordCoreNLP pooled = CoreNlpModels.pipeline(NlpProfile.FULL);
        for (String text : TEXTS) {
            assertThat(parse(pooled, text)).isEqualTo(parse(stock, text));
        }
        Annotation doc = new Annotation(TEXTS.get(0));
        pooled.annotate(doc);
        CoreMap first = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        assertThat(first.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)).isNull();
        assertThat(first.get(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class)).isNull();
    }
}
