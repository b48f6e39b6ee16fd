package dev.herald.serve;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An article record as the article page shows it: the text cut into paragraphs of pieces, each
 * piece knowing the entity it mentions and the quote it is part of, and beside it the quotes, the
 * events as sentences, the entities, the boilerplate. Built from the JSON record (CONTRACT.md), so a
 * stored article and one just analyzed render alike. Every string stays as the article has it: the
 * templates escape them.
 *
 * @param id          the record's id
 * @param title       its headline ({@code "(no title)"} when it has none)
 * @param published   its date, or empty
 * @param site        its site, or empty
 * @param url         its URL, or empty
 * @param paragraphs  the text
 * @param quotes      who said what, in text order
 * @param events      the coded events
 * @param entities    its entities, most mentioned first
 * @param boilerplate what the cleaner set aside, in order
 * @param duplicateOf the id of the stored article this one repeats, or empty
 */
public record ArticleView(String id, String title, String published, String site, String url,
                          List<Paragraph> paragraphs, List<QuoteLine> quotes, List<EventLine> events,
                          List<EntityLine> entities, List<BoilerplateLine> boilerplate, String duplicateOf) {

    /** One paragraph of the text. */
    public record Paragraph(List<Piece> pieces) {
    }

    /**
     * A run of text with one meaning throughout.
     *
     * @param text        the words
     * @param entity      the entity it mentions, or null
     * @param mentionKind {@code name}, {@code title} or {@code pronoun} for a mention, else empty
     * @param quote       the quote it is part of, or null
     * @param quoteEnd    whether the quote ends here (its speaker is shown after it)
     * @param saidBy      the quote whose speaker this mention names, or null
     */
    public record Piece(String text, EntityLine entity, String mentionKind, QuoteLine quote, boolean quoteEnd,
                        QuoteLine saidBy) {
    }

    /**
     * An entity of the article.
     *
     * @param id       its id in the record ({@code E1})
     * @param name     its canonical name
     * @param type     {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code OTHER}
     * @param country  its ISO alpha-3 country, or empty
     * @param key      its cross-article key
     * @param mentions how often the text mentions it
     */
    public record EntityLine(String id, String name, String type, String country, String key, int mentions) {
        /** {@return the address of its entity page} */
        public String href() {
            return Hrefs.entity(key);
        }
    }

    /**
     * A quote.
     *
     * @param id         its id in the record ({@code Q1})
     * @param text       the quoted words
     * @param kind       {@code direct}, {@code partial} or {@code indirect}
     * @param speaker    the speaker's name or description, or empty
     * @param speakerKey the speaker entity's key, or empty when the speaker is no entity
     */
    public record QuoteLine(String id, String text, String kind, String speaker, String speakerKey) {
        /** {@return the address of the speaker's page, or empty} */
        public String speakerHref() {
            return speakerKey.isEmpty() ? "" : Hrefs.entity(speakerKey);
        }
    }

    /** A piece of boilerplate and its kind ({@code consent}, {@code related}, ...). */
    public record BoilerplateLine(String kind, String text) {
    }

    /** {@return the view of {@code record}} */
    public static ArticleView of(JsonNode record) {
        String text = record.path("text").asText("");
        List<EntityLine> entities = new ArrayList<>();
        for (JsonNode e : record.path("entities")) {
            entities.add(new EntityLine(e.path("id").asText(), e.path("name").asText(), e.path("type").asText(),
                    e.path("country").asText(""), e.path("key").asText(""), e.path("mentions").size()));
        }
        List<QuoteLine> quotes = new ArrayList<>();
        for (JsonNode q : record.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            String speakerKey = find(entities, speaker.path("entity").asText("")).map(EntityLine::key).orElse("");
            quotes.add(new QuoteLine(q.path("id").asText(), q.path("text").asText(), q.path("kind").asText(),
                    speaker.path("name").asText(""), speakerKey));
        }
        List<EventLine> events = new ArrayList<>();
        for (JsonNode ev : record.path("events")) {
            events.add(EventLine.of(ev, id -> find(entities, id).map(EntityLine::key).orElse("")));
        }
        List<BoilerplateLine> boilerplate = new ArrayList<>();
        for (JsonNode b : record.path("boilerplate")) {
            boilerplate.add(new BoilerplateLine(b.path("kind").asText(), b.path("text").asText()));
        }
        List<Paragraph> paragraphs = new TextMarkup(text, record, entities, quotes).paragraphs();
        List<EntityLine> byMentions = new ArrayList<>(entities);
        byMentions.sort(Comparator.comparingInt(EntityLine::mentions).reversed());
        return new ArticleView(record.path("id").asText(), record.path("title").asText("(no title)"),
                record.path("published").asText(""), record.path("site").asText(""), webAddress(record.path("url").asText("")),
                paragraphs, quotes, events, byMentions, boilerplate, record.path("duplicate_of").asText(""));
    }

    /** {@return the entities of one type, most mentioned first} */
    public List<EntityLine> entitiesOfType(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** {@return {@code url} when it is an http(s) address, else empty: a link never runs script} */
    static String webAddress(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : "";
    }

    private static Optional<EntityLine> find(List<EntityLine> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
