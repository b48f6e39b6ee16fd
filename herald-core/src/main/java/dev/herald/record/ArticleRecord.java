package dev.herald.record;

import dev.herald.entities.EntityKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.Article;
import dev.herald.model.Boilerplate;
import dev.herald.model.DateMention;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Quote;
import dev.herald.model.RelatedLink;
import dev.herald.model.Span;
import dev.herald.model.Speaker;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The article record of CONTRACT.md ({@code "schema": "herald.article/1"}): every field present, null
 * or empty where not known, offsets converted to code points. The one place where the model meets
 * the outside format.
 */
public final class ArticleRecord {
    public static final String SCHEMA = "herald.article/1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleRecord() {
    }

    /** {@return the shared, thread-safe mapper that writes records} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@return the record of {@code article} as a JSON tree} */
    public static ObjectNode of(Article article) {
        CodePoints cp = new CodePoints(article.text());
        ObjectNode r = JSON.objectNode();
        r.put("schema", SCHEMA);
        r.put("id", article.id());
        ObjectNode input = r.putObject("input");
        input.put("path", article.source().path());
        input.put("url", article.source().url().orElse(null));
        input.put("format", article.source().format().label());
        r.put("title", article.metadata().title().orElse(null));
        r.put("published", article.metadata().published().map(Object::toString).orElse(null));
        ArrayNode authors = r.putArray("authors");
        article.metadata().authors().forEach(authors::add);
        r.put("site", article.metadata().site().orElse(null));
        r.put("url", article.metadata().url().orElse(null));
        r.put("language", article.metadata().language());
        r.put("text", article.text());
        ArrayNode boilerplate = r.putArray("boilerplate");
        for (Boilerplate b : article.boilerplate()) {
            boilerplate.addObject().put("kind", b.kind().name().toLowerCase(Locale.ROOT)).put("text", b.text());
        }
        ArrayNode related = r.putArray("related");
        for (RelatedLink link : article.related()) {
            related.addObject().put("title", link.title()).put("label", link.label().orElse(null))
                    .put("url", link.url().orElse(null));
        }
        ArrayNode entities = r.putArray("entities");
        Map<Span, String> standsFor = new HashMap<>();
        article.get(Layer.METONYMS).forEach(m -> standsFor.put(m.span(), m.government()));
        for (Entity e : article.get(Layer.ENTITIES)) {
            entities.add(entity(e, cp, standsFor));
        }
        ArrayNode quotes = r.putArray("quotes");
        for (Quote q : article.get(Layer.QUOTES)) {
            quotes.add(quote(q, article.text(), cp));
        }
        ArrayNode dates = r.putArray("dates");
        for (DateMention d : article.get(Layer.DATES)) {
            ObjectNode date = dates.addObject().put("text", d.text());
            putSpan(date, d.span(), cp);
            date.put("value", d.value());
        }
        ArrayNode events = r.putArray("events");
        for (Event e : article.get(Layer.EVENTS)) {
            events.add(event(e, article.text(), cp));
        }
        return r;
    }

    private static ObjectNode event(Event e, String text, CodePoints cp) {
        ObjectNode n = JSON.objectNode();
        n.put("type", e.type().name()).put("mode", e.mode().orElse(null)).put("cameo", e.cameo().orElse(null));
        putActor(n, "source", e.source());
        putActor(n, "target", e.target());
        n.putObject("date").put("value", e.date().value().orElse(null)).put("published", e.date().published());
        n.put("location", e.location().orElse(null));
        n.put("negated", e.negated()).put("hypothetical", e.hypothetical());
        putSpan(n.putObject("sentence"), e.sentence(), cp);
        ObjectNode trigger = n.putObject("trigger");
        putSpan(trigger, e.trigger(), cp);
        trigger.put("text", e.trigger().of(text));
        if (e.claimant().isPresent()) {
            Speaker s = e.claimant().get();
            n.putObject("claimant").put("name", s.name())
                    .put("entity", s instanceof Speaker.Named named ? named.entityId() : null);
        } else {
            n.putNull("claimant");
        }
        return n;
    }

    private static void putActor(ObjectNode n, String field, Optional<Event.Actor> actor) {
        if (actor.isEmpty()) {
            n.putNull(field);
            return;
        }
        Event.Actor a = actor.get();
        n.putObject(field).put("entity", a.entity().orElse(null)).put("name", a.name())
                .put("country", a.country().orElse(null)).put("sector", a.sector().orElse(null));
    }

    private static ObjectNode entity(Entity e, CodePoints cp, Map<Span, String> standsFor) {
        ObjectNode n = JSON.objectNode();
        n.put("id", e.id()).put("name", e.name()).put("type", e.type().name())
                .put("subtype", e.subtype().orElse(null)).put("country", e.country().orElse(null))
                .put("title", e.title().orElse(null)).put("key", EntityKey.of(e))
                .put("ref", e.ref().orElse(null));
        ArrayNode mentions = n.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mention = mentions.addObject();
            putSpan(mention, m.span(), cp);
            mention.put("text", m.text());
            mention.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            mention.put("stands_for", e.type() == EntityType.LOCATION ? standsFor.get(m.span()) : null);
        }
        return n;
    }

    private static ObjectNode quote(Quote q, String text, CodePoints cp) {
        ObjectNode n = JSON.objectNode();
        // A quotation over several paragraphs reopens a mark at each paragraph: the text keeps the words only.
        n.put("id", q.id()).put("text", q.span().of(text).replaceAll("\n\n[\"'\u201c\u2018\u00ab\u201e]", "\n\n"));
        putSpan(n, q.span(), cp);
        n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        if (q.speaker().isEmpty()) {
            n.putNull("speaker");
        } else {
            Speaker s = q.speaker().get();
            ObjectNode speaker = n.putObject("speaker");
            speaker.put("name", s.name());
            speaker.put("entity", s instanceof Speaker.Named named && !named.entityId().isEmpty() ? named.entityId() : null);
            speaker.put("anonymous", s instanceof Speaker.Anonymous);
            putTextSpan(speaker, "mention", s.mention(), text, cp);
            putTextSpan(speaker, "source", s.source().or(s::mention), text, cp);
        }
        n.put("cue", q.cue().orElse(null));
        n.put("via", q.via().orElse(null));
        return n;
    }

    /** Puts {@code {"start", "end", "text"}} of {@code span} under {@code field}, or null when there is none. */
    private static void putTextSpan(ObjectNode node, String field, Optional<Span> span, String text, CodePoints cp) {
        if (span.isEmpty()) {
            node.putNull(field);
            return;
        }
        ObjectNode m = node.putObject(field);
        putSpan(m, span.get(), cp);
        m.put("text", span.get().of(text));
    }

    private static void putSpan(ObjectNode node, Span span, CodePoints cp) {
        node.put("start", cp.at(span.start()));
        node.put("end", cp.at(span.end()));
    }

    /** {@return {@code node} on one line} */
    public static String toLine(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
