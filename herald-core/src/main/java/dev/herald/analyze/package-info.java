/**
 * Herald's job for one input, from bytes to the analyzed article: {@link dev.herald.analyze.Analyzer}
 * reads, cleans and runs the profile's pipeline, and turns any failure into a reason.
 *
 * <pre>{@code
 * Analyzer herald = new Analyzer(AnalyzerConfig.defaults());   // loads models once
 * Analysis a = herald.analyze(Path.of("article.txt"), InputFormat.AUTO, Hints.none());
 * }</pre>
 */
package dev.herald.analyze;
