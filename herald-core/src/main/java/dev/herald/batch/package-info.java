/**
 * A corpus, not an article: batch analysis on all cores with bounded memory.
 *
 * <ul>
 *   <li>{@link dev.herald.batch.BatchInputs} expands paths lazily into {@link dev.herald.batch.BatchItem}s:
 *       directories recursively, JSON Lines records ({@code FILE:LINE}), WARC HTML responses
 *       ({@code FILE#record-N}), single files (gzip or not); a broken entry is an item that fails.</li>
 *   <li>{@link dev.herald.batch.BatchRunner} runs any article function over the items on N threads,
 *       hands outcomes to one sink in input order (or as ready), turns exceptions and time-outs into
 *       failures, and never takes more than a window of items ahead of the output.</li>
 *   <li>{@link dev.herald.batch.ItemAnalysis} is the article function of Herald's
 *       {@link dev.herald.analyze.Analyzer}, one instance shared by all threads.</li>
 * </ul>
 *
 * <pre>{@code
 * Analyzer herald = new Analyzer(AnalyzerConfig.defaults());          // models load once
 * Iterator<BatchItem> items = new BatchInputs(IngestConfig.defaults()).expand(List.of(Path.of("corpus")));
 * BatchSummary s = new BatchRunner(BatchConfig.defaults(), new ItemAnalysis(herald, InputFormat.AUTO, Hints.none()))
 *         .run(items, analysis -> System.out.println(analysis.path()));
 * }</pre>
 */
package dev.herald.batch;
