/**
 * Herald on Apache Spark: the analysis of {@code herald analyze} as a Spark job, for corpora that
 * outgrow one machine. Spark stays in this module; the analysis is herald-core's, unchanged.
 *
 * <ul>
 *   <li>{@link dev.herald.spark.AnalyzeJob} wires the job: the driver lists the inputs
 *       ({@code InputListing}, any Hadoop file system) and cuts them into tasks that keep every core
 *       busy to the end ({@code WorkSlices}), executors read and analyze them
 *       ({@code PartitionAnalysis}, with the executor's one {@code Analyzer} from
 *       {@code ExecutorAnalyzers}), once, and {@code JobOutputs} writes from the kept analysis
 *       {@code records/} (JSON Lines identical to {@code analyze --format jsonl}) and the Parquet
 *       tables of {@code AnalystTables}.</li>
 *   <li>{@link dev.herald.spark.SparkCli} is {@code herald spark}, locally or under
 *       {@code spark-submit}; {@link dev.herald.spark.JobSettings} carries the options of
 *       {@code analyze} to the executors.</li>
 * </ul>
 *
 * <pre>{@code
 * try (SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate()) {
 *     JobSettings settings = new JobSettings(AnalyzerConfig.defaults(), InputFormat.AUTO, null, null,
 *             Duration.ofSeconds(30));
 *     AnalyzeJob.Summary s = new AnalyzeJob(spark, settings).run(List.of("corpus/"), "out/");
 * }
 * }</pre>
 */
package dev.herald.spark;
