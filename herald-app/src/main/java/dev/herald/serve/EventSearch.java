package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.store.ArticleStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/events}: coded events across the store by PLOVER type, actor, country and date,
 * newest first. The store finds the articles; each event of their records is then checked against
 * the same filters.
 */
final class EventSearch {
    private final ArticleStore store;

    EventSearch(ArticleStore store) {
        this.store = store;
    }

    /**
     * An event found.
     *
     * @param type     its PLOVER type
     * @param cameo    its CAMEO code, or empty
     * @param source   the source actor as written, or empty
     * @param target   the target actor as written, or empty
     * @param date     its date, or empty
     * @param summary  the event in one line
     * @param sentence the sentence it was coded from
     * @param article  where it was reported
     */
    record Found(String type, String cameo, String source, String target, String date, String summary,
                 String sentence, ArticleRef article) {
    }

    List<Found> find(Optional<String> type, Optional<String> actor, Optional<String> country,
                     Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
        QueryText text = new QueryText().phrase("actor", actor).phrase("country", country).published(from, to);
        // Without a type, only articles with some event are read.
        String query = (type.isPresent() ? text.phrase("event", type) : text.raw("event:*")).build();
        List<String> actorWords = QuoteSearch.wordsOf(actor);
        List<Found> found = new ArrayList<>();
        for (JsonNode record : DatedRecords.of(store, query, limit)) {
            ArticleRef ref = DatedRecords.ref(record);
            for (JsonNode ev : record.path("events")) {
                if (matches(ev, type, actorWords, country) && found.size() < limit) {
                    EventLine line = EventLine.of(ev, id -> "");
                    found.add(new Found(line.type(), line.cameo(), line.source(), line.target(), line.date(),
                            line.summary(), line.sentence(), ref));
                }
            }
        }
        return found;
    }

    private static boolean matches(JsonNode ev, Optional<String> type, List<String> actorWords, Optional<String> country) {
        JsonNode s = ev.path("source");
        JsonNode t = ev.path("target");
        return type.map(x -> x.equalsIgnoreCase(ev.path("type").asText())).orElse(true)
                && (actorWords.isEmpty() || QuoteSearch.containsAll(s.path("name").asText(""), actorWords)
                    || QuoteSearch.containsAll(t.path("name").asText(""), actorWords))
                && country.map(c -> c.equalsIgnoreCase(s.path("country").asText("")) || c.equalsIgnoreCase(t.path("country").asText("")))
                    .orElse(true);
    }
}
