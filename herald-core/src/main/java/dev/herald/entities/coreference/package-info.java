/**
 * Which mentions are the same actor: names resolved to known actors and to one another
 * ({@link dev.herald.entities.coreference.EntityResolver}), pronouns to their antecedents
 * ({@link dev.herald.entities.coreference.PersonAntecedents}, {@link dev.herald.entities.coreference.BodyAntecedents},
 * with the grammatical roles of {@link dev.herald.entities.coreference.ClauseRoles} and the gender of
 * {@link dev.herald.entities.coreference.PersonGender}). Input: an article's tokens, parses and
 * name mentions. Output: the links the stages {@link dev.herald.entities.EntityGrouper} and
 * {@link dev.herald.entities.PronounLinker} write as entities and mentions.
 *
 * <pre>{@code
 * Pronoun.Forms.of(Lexicon.bundled()).of("she", "PRP").orElseThrow().personal();   // true: a person's
 * }</pre>
 */
package dev.herald.entities.coreference;
