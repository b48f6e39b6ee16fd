/**
 * Reading inputs: files, standard input and gzip, decoded to text whatever their encoding, with a
 * clear reason for every input that cannot be read.
 *
 * <pre>{@code
 * ReadResult r = new InputReader(IngestConfig.defaults()).read(Path.of("page.html.gz"), InputFormat.AUTO);
 * if (r instanceof ReadResult.Read read) { ... read.document().content() ... }
 * }</pre>
 */
package dev.herald.ingest;
