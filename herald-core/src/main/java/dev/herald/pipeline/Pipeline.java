package dev.herald.pipeline;

import dev.herald.model.Article;
import dev.herald.model.Layer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages whose requirements were checked when it was built. Thread-safe when its
 * stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * {@return a pipeline of {@code stages} in this order}
     *
     * @throws IllegalArgumentException naming the stage and the layer when a stage requires a layer
     *                                  that no earlier stage provides
     */
    public static Pipeline of(List<Stage> stages) {
        Set<Layer<?>> provided = new HashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!provided.contains(needed)) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' requires layer '" + needed
                            + "'; add a stage providing it earlier");
                }
            }
            provided.addAll(stage.provides());
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    /** {@return {@code article} after every stage} */
    public Article apply(Article article) {
        Article current = article;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }

    /** {@return the stages in order} */
    public List<Stage> stages() {
        return stages;
    }
}
