package dev.herald.serve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What the store knows of one actor, for {@code GET /api/entities/{key}} and the entity page.
 *
 * @param key        its cross-article key
 * @param name       its display name: the spelling most of its articles use
 * @param type       its type
 * @param subtype    its subtype, or empty
 * @param country    its country, or empty
 * @param articles   stored articles naming it (near-duplicates left out)
 * @param timeline   articles per month ({@code YYYY-MM}), oldest first
 * @param quotes     what it said, newest first
 * @param events     events where it is source or target, newest first
 * @param appearsWith the entities named most often in the same articles
 */
public record EntityProfile(String key, String name, String type, String subtype, String country, long articles,
                            Map<String, Long> timeline, List<SaidQuote> quotes, List<ActorEvent> events,
                            @JsonProperty("appears_with") List<Companion> appearsWith) {

    /** A quote of the entity and the article it is in. */
    public record SaidQuote(String text, String kind, ArticleRef article) {
    }

    /** An event the entity takes part in, and the article it is in. */
    public record ActorEvent(@JsonIgnore EventLine line, String type, String cameo, String source, String target,
                             String date, String sentence, String summary, ArticleRef article) {
        static ActorEvent of(EventLine line, ArticleRef article) {
            return new ActorEvent(line, line.type(), line.cameo(), line.source(), line.target(), line.date(),
                    line.sentence(), line.summary(), article);
        }
    }

    /**
     * An entity named in the same articles.
     *
     * @param name     its name
     * @param key      its key when it could be told, else empty
     * @param articles articles naming both
     */
    public record Companion(String name, String key, long articles) {
        /** {@return its entity page, or a search for its name} */
        public String href() {
            return key.isEmpty() ? Hrefs.search("entity:" + QueryText.quoted(name)) : Hrefs.entity(key);
        }
    }

    /** {@return the timeline as a bar chart linking each month to its articles} */
    @JsonIgnore
    public BarChart chart() {
        return BarChart.months("Articles naming " + name + " per month", timeline,
                month -> Hrefs.search("entity:" + QueryText.quoted(key) + " AND month:" + month));
    }

    @JsonIgnore
    public String href() {
        return Hrefs.entity(key);
    }
}
