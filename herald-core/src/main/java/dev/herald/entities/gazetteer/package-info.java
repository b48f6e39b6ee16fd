/**
 * What Herald knows by name before it reads an article: the {@link dev.herald.entities.gazetteer.Gazetteer}
 * (countries, places, bodies and people of the team's files and of the GeoNames and PETRARCH2
 * reference resources, looked up word by word in a {@link dev.herald.entities.gazetteer.TokenTrie}),
 * the titles that stand for a person ({@link dev.herald.entities.gazetteer.Titles}), the governments of
 * countries ({@link dev.herald.entities.gazetteer.Governments}) and the readers of their data files.
 * Input: the resources in {@code src/main/resources/dev/herald/entities/} and the actors files of
 * {@link dev.herald.entities.gazetteer.EntitiesConfig}. Output: read-only, thread-safe lookups.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.builtIn();
 * g.find(List.of("in", "New", "York"), false);   // one match: New York, a PLACE in USA
 * }</pre>
 */
package dev.herald.entities.gazetteer;
