/**
 * What kind of name a mention is: the evidence steps of {@link dev.herald.entities.types.TypeEvidence}
 * (people, bodies, places, nations, events), the sports-report test and its club rules
 * ({@link dev.herald.entities.types.SportsReport}, {@link dev.herald.entities.types.SportsClubs}) and
 * the political contexts a country name is used in. Input: tokens and ranges of an article. Output:
 * ranges with their types.
 *
 * <pre>{@code
 * List<TokenRange> typed = new TypeEvidence(tokens, sentences, gazetteer, EntityWords.bundled(), months).apply(ranges);
 * }</pre>
 */
package dev.herald.entities.types;
