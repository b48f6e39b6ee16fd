package dev.herald.pipeline;

import dev.herald.model.Article;
import dev.herald.model.Layer;

import java.util.Set;

/**
 * One step of the pipeline: takes an article, returns it with the layers it provides. A stage is
 * built complete by its constructor and is stateless afterwards, so one instance can serve many
 * threads; a stage that wraps a component that is not thread-safe says so in its javadoc.
 */
public interface Stage {

    /** {@return a short name for messages and logs} */
    String name();

    /** {@return the layers that must be set before this stage runs} */
    Set<Layer<?>> requires();

    /** {@return the layers this stage sets} */
    Set<Layer<?>> provides();

    /** {@return {@code article} with this stage's layers set} */
    Article apply(Article article);
}
