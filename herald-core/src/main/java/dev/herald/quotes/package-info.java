/**
 * Who said what: the quotations of an article and their speakers.
 *
 * <p>{@link dev.herald.quotes.QuoteFinder} finds quoted spans in the text (any quotation-mark style,
 * apostrophes told apart, multi-paragraph and unbalanced quotations); {@link dev.herald.quotes.SpeakerResolver}
 * credits each to a speaker from the cue in its sentence, pronouns, titles, unnamed sources and
 * continuation. {@link dev.herald.quotes.ReportedSpeechFinder} adds reported speech ("X said that …",
 * "according to X, …") as indirect quotes (in the default pipeline; the quote metric leaves indirect
 * quotes out). Word lists are read by {@link dev.herald.quotes.Lexicon}: its own (cue verbs, unnamed
 * sources and documents that speak) in {@code dev/herald/quotes/*.txt}, the shared ones (titles,
 * honorifics, given names, nouns for people) from the {@link dev.herald.lexicon.Lexicon} passed in.
 *
 * <p>Inputs: the text, sentences, NER mentions and entities. Output: the {@code quotes} layer, e.g. for
 * "“We will win,” said Ana Silva." one direct quote "We will win," credited to Ana Silva, cue "said".
 */
package dev.herald.quotes;
