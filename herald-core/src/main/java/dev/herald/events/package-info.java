/**
 * Events: who did what to whom, when and where, coded in PLOVER's types with CAMEO codes.
 *
 * <p>{@link dev.herald.events.EventCoder} reads the dependency parse (layer {@code dependencies},
 * set by the FULL profile), the entities (with their countries and subtypes, metonyms such as "the
 * Kremlin" included), and where present the quotations and dates. Triggers and the places of their
 * actors are data, not code: {@code patterns.txt} beside this package (trigger, word class, PLOVER
 * type, mode, CAMEO code, source and target slots, conditions), and {@code actors.txt} (common nouns
 * that name actors, with their sectors). Output: the {@code events} layer of
 * {@link dev.herald.model.Event}s, each with its sentence and trigger spans, negation and
 * hypothetical flags, resolved date (or the publication date, flagged), location and, inside a
 * quotation, its claimant. {@link dev.herald.events.CameoRoot} gives CAMEO's roots with their
 * Goldstein scores for export.
 *
 * <p>In the article record each event reads:
 * <pre>{@code
 * {"type": "FIGHT", "mode": null, "cameo": "190",
 *  "source": {"entity": "E2", "name": "Russia", "country": "RUS", "sector": null},
 *  "target": {"entity": "E1", "name": "Ukraine", "country": "UKR", "sector": null},
 *  "date": {"value": "2014", "published": false}, "location": null,
 *  "negated": false, "hypothetical": false,
 *  "sentence": {"start": 412, "end": 498}, "trigger": {"start": 446, "end": 453, "text": "invaded"},
 *  "claimant": null}
 * }</pre>
 *
 * <p>Only the FULL profile codes events (parsing is what makes the actors right); FAST leaves
 * {@code events} empty. Example:
 * <pre>{@code
 * Pipeline p = Pipeline.of(new CoreNlpAnnotator(NlpProfile.FULL), new DateFinder(), new EntityGrouper(),
 *         new EventCoder());
 * p.apply(article).get(Layer.EVENTS).forEach(e -> System.out.println(e.type() + " " + e.source()));
 * }</pre>
 */
package dev.herald.events;
