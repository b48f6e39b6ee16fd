package dev.herald.analyze;

import dev.herald.ingest.IngestConfig;
import dev.herald.model.Article;
import dev.herald.model.ArticleId;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.pipeline.Pipeline;
import dev.herald.pipeline.Stage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An article whose id the caller knows is cleaned and handed back without running the pipeline. */
class AnalyzerKnownTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final Stage counting = new Stage() {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of();
        }

        @Override
        public Article apply(Article article) {
            runs.incrementAndGet();
            return article;
        }
    };
    private final Analyzer analyzer = new Analyzer(IngestConfig.defaults(), Pipeline.of(counting));

    private Analysis analyze(String text, Set<String> known) {
        var read = analyzer.reader().read("story.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), InputFormat.TEXT);
        return analyzer.analyze(read, Hints.none(), known::contains);
    }

    @Test
    void a_known_id_skips_the_pipeline_and_an_unknown_one_runs_it() {
        String story = "Ferry service returns\n\nThe ferry between Oban and Mull returned on Monday, the operator said.\n";
        Set<String> known = new HashSet<>();

        Analysis first = analyze(story, known);
        assertThat(first).isInstanceOf(Analysis.Analyzed.class);
        assertThat(runs).hasValue(1);

        known.add(((Analysis.Analyzed) first).article().id());
        Analysis again = analyze(story.replace("\n\nThe", "\n\n  The"), known);

        assertThat(again).isInstanceOf(Analysis.Known.class);
        assertThat(((Analysis.Known) again).article().id()).isEqualTo(ArticleId.of("Ferry service returns",
                "The ferry between Oban and Mull returned on Monday, the operator said."));
        assertThat(runs).hasValue(1);
    }
}
