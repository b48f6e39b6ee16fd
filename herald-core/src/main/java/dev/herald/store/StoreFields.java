package dev.herald.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a stored article: what a query can name, what facets count, and the record kept
 * whole. One Lucene document per record.
 *
 * <table>
 *   <caption>Searchable fields</caption>
 *   <tr><td>{@code text}, {@code title}</td><td>the clean text and the headline (unfielded words search both)</td></tr>
 *   <tr><td>{@code entity}</td><td>every entity's canonical name and its key ({@code "tony blair|PERSON|GBR"})</td></tr>
 *   <tr><td>{@code person}, {@code org}, {@code place}</td><td>entity names by type (PERSON, ORGANIZATION, LOCATION)</td></tr>
 *   <tr><td>{@code country}</td><td>ISO alpha-3 codes of the entities</td></tr>
 *   <tr><td>{@code speaker}, {@code quote}</td><td>quote speakers' names and the quoted words</td></tr>
 *   <tr><td>{@code event}, {@code actor}</td><td>PLOVER event types; event sources' and targets' names</td></tr>
 *   <tr><td>{@code published}, {@code site}, {@code id}, {@code duplicate}</td><td>ISO date, site, record id, {@code true}/{@code false}</td></tr>
 *   <tr><td>{@code story}</td><td>the id of the article's story</td></tr>
 * </table>
 */
final class StoreFields {
    static final String RECORD = "record";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String ID = "id";
    static final String ENTITY = "entity";
    static final String ENTITY_KEY = "entity_key";
    static final String COUNTRY = "country";
    static final String SPEAKER = "speaker";
    static final String QUOTE = "quote";
    static final String EVENT = "event";
    static final String ACTOR = "actor";
    static final String PUBLISHED = "published";
    static final String SITE = "site";
    static final String DUPLICATE = "duplicate";
    static final String MONTH = "month";
    /** The id of the article's story ({@code dev.herald.stories}). */
    static final String STORY = "story";
    /** Publication day (epoch day) for sorting by date; {@code Long.MIN_VALUE} when unknown. */
    static final String DAY = "day";
    static final String QUOTE_COUNT = "quote_count";
    static final String EVENT_COUNT = "event_count";
    /** The MinHash signature, and its LSH band keys (indexed, not stored). */
    static final String MINHASH = "minhash";
    static final String BAND = "band";

    /** Fields whose whole value is one term. */
    static final List<String> CODE_FIELDS = List.of(ID, COUNTRY, EVENT, SITE, PUBLISHED, DUPLICATE, MONTH, STORY);
    /** Facets, in the order the search JSON lists them. */
    static final List<String> FACETS = List.of(ENTITY, COUNTRY, SPEAKER, EVENT, SITE, MONTH);
    private static final List<String> MULTI_VALUED = List.of(ENTITY, COUNTRY, SPEAKER, EVENT);
    private static final java.util.Map<String, String> TYPE_FIELDS =
            java.util.Map.of("PERSON", "person", "ORGANIZATION", "org", "LOCATION", "place");

    /**
     * The text is indexed with the offsets of its words, so that a hit's snippet is made from the
     * postings rather than by analyzing the text again (a store of ids version 1 has no offsets: its
     * snippets are made by analysis, as before).
     */
    private static final FieldType TEXT_TYPE = textWithOffsets();

    private StoreFields() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** {@return the facets' configuration, the same for writing and counting} */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        MULTI_VALUED.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    /**
     * {@return the document of {@code record}, whose JSON line {@code line} is kept as it is}
     *
     * @param signature the MinHash signature of its text, when it has one
     */
    static Document document(ObjectNode record, String line, Optional<int[]> signature, MinHash minHash,
                             FacetsConfig facets) throws IOException {
        Document doc = new Document();
        doc.add(new StoredField(RECORD, line));
        String id = record.path(ID).asText();
        doc.add(new StringField(ID, id.toLowerCase(Locale.ROOT), Field.Store.NO));
        text(record, TEXT).ifPresent(t -> doc.add(new Field(TEXT, t, TEXT_TYPE)));
        text(record, TITLE).ifPresent(t -> doc.add(new TextField(TITLE, t, Field.Store.NO)));
        addEntities(doc, record.path("entities"));
        addQuotes(doc, record.path("quotes"));
        addEvents(doc, record.path("events"));
        addDate(doc, text(record, PUBLISHED));
        text(record, SITE).ifPresent(site -> {
            doc.add(new TextField(SITE, site, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SITE, site));
        });
        text(record, STORY).ifPresent(story -> doc.add(new StringField(STORY, story.toLowerCase(Locale.ROOT), Field.Store.NO)));
        boolean duplicate = text(record, "duplicate_of").isPresent();
        doc.add(new TextField(DUPLICATE, Boolean.toString(duplicate), Field.Store.NO));
        if (signature.isPresent()) {
            doc.add(new BinaryDocValuesField(MINHASH, new BytesRef(toBytes(signature.get()))));
            for (String key : minHash.bandKeys(signature.get())) {
                doc.add(new StringField(BAND, key, Field.Store.NO));
            }
        }
        return facets.build(doc);
    }

    private static void addEntities(Document doc, JsonNode entities) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (JsonNode e : entities) {
            String name = e.path("name").asText("");
            if (name.isBlank()) {
                continue;
            }
            names.add(name);
            doc.add(new TextField(ENTITY, name, Field.Store.NO));
            text(e, "key").ifPresent(key -> {
                doc.add(new TextField(ENTITY, key, Field.Store.NO));
                doc.add(new StringField(ENTITY_KEY, key, Field.Store.NO));
            });
            String typeField = TYPE_FIELDS.get(e.path("type").asText());
            if (typeField != null) {
                doc.add(new TextField(typeField, name, Field.Store.NO));
            }
            text(e, "country").ifPresent(countries::add);
        }
        names.forEach(n -> doc.add(new SortedSetDocValuesFacetField(ENTITY, n)));
        for (String c : countries) {
            doc.add(new TextField(COUNTRY, c, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(COUNTRY, c));
        }
    }

    private static void addQuotes(Document doc, JsonNode quotes) {
        Set<String> speakers = new LinkedHashSet<>();
        for (JsonNode q : quotes) {
            text(q, "text").ifPresent(t -> doc.add(new TextField(QUOTE, t, Field.Store.NO)));
            text(q.path("speaker"), "name").ifPresent(speakers::add);
        }
        for (String s : speakers) {
            doc.add(new TextField(SPEAKER, s, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SPEAKER, s));
        }
        doc.add(new NumericDocValuesField(QUOTE_COUNT, quotes.size()));
    }

    private static void addEvents(Document doc, JsonNode events) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        for (JsonNode e : events) {
            text(e, "type").ifPresent(types::add);
            text(e.path("source"), "name").ifPresent(actors::add);
            text(e.path("target"), "name").ifPresent(actors::add);
        }
        for (String t : types) {
            doc.add(new TextField(EVENT, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(EVENT, t));
        }
        actors.forEach(a -> doc.add(new TextField(ACTOR, a, Field.Store.NO)));
        doc.add(new NumericDocValuesField(EVENT_COUNT, events.size()));
    }

    private static void addDate(Document doc, Optional<String> published) {
        long day = Long.MIN_VALUE;
        if (published.isPresent()) {
            String date = published.get();
            doc.add(new TextField(PUBLISHED, date, Field.Store.NO));
            if (date.length() >= 7) {
                String month = date.substring(0, 7);
                doc.add(new TextField(MONTH, month, Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(MONTH, month));
            }
            day = epochDay(date).orElse(Long.MIN_VALUE);
        }
        doc.add(new NumericDocValuesField(DAY, day));
    }

    private static Optional<Long> epochDay(String date) {
        try {
            return Optional.of(LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).toEpochDay());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@return the non-blank text of {@code node.field}, when it is a string} */
    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    static byte[] toBytes(int[] signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.length * Integer.BYTES);
        b.asIntBuffer().put(signature);
        return b.array();
    }

    static int[] fromBytes(BytesRef bytes) {
        int[] out = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(out);
        return out;
    }
}
