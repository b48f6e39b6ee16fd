/**
 * Who said what: the quotations of an article and their speakers.
 *
 * <p>{@link dev.herald.quotes.QuoteFinder} finds quoted spans in the text (any quotation-mark style,
 * apostrophes told apart, multi-paragraph and unbalanced quotations); {@link dev.herald.quotes.SpeakerResolver}
 * credits each to a speaker from the cue in its sentence, pronouns, titles, unnamed sources and
 * continuation. {@link dev.herald.quotes.ReportedSpeechFinder} adds reported speech ("X said that …",
 * "according to X, …") as indirect quotes (in the default pipeline; the quote metric leaves indirect
 * quotes out). Word lists (cue verbs, titles, honorifics, given names, nouns for people, unnamed
 * sources and documents that speak) are data in {@code dev/herald/quotes/*.txt}, read by
 * {@link dev.herald.quotes.Lexicon}.
 *
 * <p>Inputs: the text, sentences, NER mentions and entities. Output: the {@code quotes} layer, e.g. for
 * "“We will win,” said Ana Silva." one direct quote "We will win," credited to Ana Silva, cue "said".
 */
package dev.herald.quotes;
