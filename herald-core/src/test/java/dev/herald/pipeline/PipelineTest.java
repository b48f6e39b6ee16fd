package dev.herald.pipeline;

import dev.herald.model.Article;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Metadata;
import dev.herald.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {
    private record FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides) implements Stage {
        @Override
        public Article apply(Article article) {
            Article a = article;
            if (provides.contains(Layer.DATES)) {
                a = a.with(Layer.DATES, List.of());
            }
            if (provides.contains(Layer.ENTITIES)) {
                a = a.with(Layer.ENTITIES, List.of());
            }
            return a;
        }
    }

    private final Stage dates = new FakeStage("dates", Set.of(), Set.of(Layer.DATES));
    private final Stage entities = new FakeStage("entities", Set.of(Layer.DATES), Set.of(Layer.ENTITIES));

    @Test
    void pipeline_refuses_a_stage_whose_requirement_no_earlier_stage_provides() {
        assertThatThrownBy(() -> Pipeline.of(entities, dates))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'entities' requires layer 'dates'; add a stage providing it earlier");
    }

    @Test
    void pipeline_runs_stages_in_order() {
        Article article = Article.of(new Source("x", Optional.empty(), InputFormat.TEXT), Metadata.empty(), "Text.",
                List.of(), List.of());
        Article out = Pipeline.of(dates, entities).apply(article);
        assertThat(out.layers().names()).containsExactly(Layer.DATES, Layer.ENTITIES);
    }
}
