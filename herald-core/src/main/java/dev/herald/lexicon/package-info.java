/**
 * The shared word lists of English news ({@link dev.herald.lexicon.Lexicon}): one file format, one
 * reader, built once at the edge and passed by constructor to the stages of entities and to quotes'
 * {@code Lexicon.of}. Depends on nothing else in Herald.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.bundled();
 * lexicon.words("given-name", "f");   // [Mary, Patricia, ...]
 * new PronounLinker(lexicon);         // genders from the given names
 * }</pre>
 */
package dev.herald.lexicon;
