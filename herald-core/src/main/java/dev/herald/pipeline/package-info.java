/**
 * The {@link dev.herald.pipeline.Stage} contract and the {@link dev.herald.pipeline.Pipeline} that
 * runs stages in order after checking, when it is built, that every required layer is provided by
 * an earlier stage.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new CoreNlpAnnotator(models), new DateFinder(), new EntityGrouper());
 * Article analyzed = p.apply(article);
 * }</pre>
 */
package dev.herald.pipeline;
