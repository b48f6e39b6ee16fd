/**
 * Actors: NER mentions corrected, then grouped into one entity per real-world actor with a
 * canonical name, type, subtype, country, title, and every mention (names, titles, pronouns).
 *
 * <p>Stages, in pipeline order:
 * <ol>
 *   <li>{@link dev.herald.entities.NerCorrector}: fixes NER mentions where news conventions make it
 *       wrong (honorifics, gazetteer names, misspelled places, all-capitals lines, demonyms, where
 *       names begin and end, document consistency);</li>
 *   <li>{@link dev.herald.entities.EntityGrouper}: groups name mentions into entities;</li>
 *   <li>{@link dev.herald.entities.TitleBinder}: binds titles, adds {@code TITLE} mentions;</li>
 *   <li>{@link dev.herald.entities.PronounLinker}: adds {@code PRONOUN} mentions: he/she and their
 *       forms to people (salience by role and recency, gender from honorifics, gendered titles and
 *       the lexicon's given names), it/its/they/them/their to organisations, countries and
 *       governments (the subject they follow; pleonastic "it" left alone);</li>
 *   <li>{@link dev.herald.entities.MetonymFinder}: links country and capital names used for their
 *       government ("Moscow wants") to the government's entity ({@code metonyms}).</li>
 * </ol>
 *
 * <p>Subpackages by concept: {@code gazetteer} (what is known by name), {@code mentions} (where names
 * begin and end), {@code types} (what kind of name), {@code coreference} (which mentions are one actor).
 * The {@link dev.herald.entities.gazetteer.Gazetteer} holds what the team wrote down in
 * {@code src/main/resources/dev/herald/entities/}: {@code countries.tsv} (ISO 3166-1 alpha-3, names,
 * demonyms, capitals), {@code places.tsv}, {@code organisations.tsv} (government metonyms,
 * international bodies, outlets, parties, ...), {@code actors.tsv} (people and organisations with
 * aliases, country and titles; more files of that shape through {@code HERALD_ACTORS}) and
 * the titles and given names of the shared {@link dev.herald.lexicon.Lexicon}, passed to the stages by
 * constructor; {@code boundaries.txt} holds the words that decide where a name begins and
 * ends ({@code MentionBoundaries}). Word lists beside them type names by the words around them
 * ({@code TypeEvidence}): {@code given-names.txt}, {@code organisation-suffixes.txt},
 * {@code competition-words.txt}, {@code sports-words.txt}, {@code squad-words.txt},
 * {@code result-words.txt}, {@code place-nouns.txt}, {@code vessel-words.txt},
 * {@code languages.txt}. {@link dev.herald.entities.EntityKey} gives an entity's key across articles.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.builtIn();
 * Article a = new EntityGrouper(g).apply(new NerCorrector(g).apply(afterNer));
 * a = new PronounLinker(Lexicon.bundled()).apply(a);
 * a.get(Layer.ENTITIES).forEach(e -> System.out.println(EntityKey.of(e)));   // liz truss|PERSON|GBR
 * }</pre>
 */
package dev.herald.entities;
