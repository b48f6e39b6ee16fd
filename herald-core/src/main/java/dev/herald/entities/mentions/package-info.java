/**
 * Where names begin and end: the working steps of {@link dev.herald.entities.NerCorrector} that add,
 * split, join, trim and extend name mentions over tokens ({@link dev.herald.entities.mentions.TokenRange})
 * before they are typed, with the text helpers they share ({@link dev.herald.entities.mentions.Names},
 * {@link dev.herald.entities.mentions.NameText}). Input: the tokens and NER ranges of a sentence.
 * Output: corrected ranges; nothing here touches the article.
 *
 * <pre>{@code
 * new MentionBoundaries(gazetteer, BoundaryWords.bundled()).apply(tokens, sentences, ranges);   // "Jane Doe of Oxfam": two names
 * }</pre>
 */
package dev.herald.entities.mentions;
