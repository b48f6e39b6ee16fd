/**
 * The edge to Stanford CoreNLP: the only package that imports {@code edu.stanford.nlp}. Models load
 * once per JVM ({@link dev.herald.nlp.CoreNlpModels}); {@link dev.herald.nlp.CoreNlpAnnotator} turns
 * CoreNLP's output into tokens, sentences and NER mentions.
 *
 * <pre>{@code
 * Article a = new CoreNlpAnnotator(NlpProfile.FAST).apply(article);
 * a.get(Layer.MENTIONS).forEach(m -> System.out.println(m.text() + " " + m.type()));
 * }</pre>
 */
package dev.herald.nlp;
