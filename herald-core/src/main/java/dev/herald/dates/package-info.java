/**
 * Date and time expressions, resolved to ISO 8601 against the publication date.
 *
 * <p>{@link dev.herald.dates.DateFinder} is the stage: it requires nothing and provides the
 * {@code dates} layer. Inside, three steps:
 * <ol>
 *   <li>{@code DateWords} reads {@code date-words.txt} (weekday names, relative phrases, context
 *       words, future cues, stop phrases) and takes the month names from the shared
 *       {@link dev.herald.lexicon.Lexicon} passed to {@code DateFinder};</li>
 *   <li>{@code DatePatterns} compiles them once into regular expressions; {@code DateMatcher}
 *       runs them, and {@code CalendarRules} and {@code RelativeRules} turn matches into unresolved
 *       {@code DateExpression}s, rejecting matches the words around rule out ("This may include",
 *       "Theresa May", "2,000 troops");</li>
 *   <li>{@code DateResolver} resolves each expression against the publication date.</li>
 * </ol>
 *
 * <pre>{@code
 * List<DateMention> ds = new DateFinder().find("Talks began on February 24 and failed last night.",
 *         Optional.of(LocalDate.of(2022, 3, 29)));
 * // February 24 = 2022-02-24, last night = 2022-03-28
 * }</pre>
 *
 * <p>Values: {@code 2014}, {@code 2022-02}, {@code 2022-02-24}; ISO weeks ({@code 2022-W12}) for
 * "last week"; ISO reduced precision for decades ({@code 199} = the 1990s) and centuries
 * ({@code 18} = the 19th century).
 */
package dev.herald.dates;
