package dev.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables analysts query, each row read off an article record (so the tables say exactly what
 * the records say). Every table but {@code failures} ends with {@code month} ({@code yyyy-MM} of the
 * article's publication date, null without one), the column the tables are partitioned by.
 *
 * <ul>
 *   <li>{@code articles}: id, title, published, site, url, language, length (of the text, in
 *       code points), source (the input it came from);</li>
 *   <li>{@code entities}: article_id, entity_id, key, name, type, subtype, country, mentions
 *       (how many);</li>
 *   <li>{@code quotes}: article_id, quote_id, published, speaker_name, speaker_key, anonymous, text,
 *       kind, cue, via;</li>
 *   <li>{@code events}: article_id, date, type, mode, cameo, source_ and target_ name, key, country,
 *       sector, negated, hypothetical, location;</li>
 *   <li>{@code failures}: source, reason.</li>
 * </ul>
 * An actor's {@code key} is the cross-article key of its entity in the record; null when the speaker
 * or actor is not an entity of the article.
 */
final class AnalystTables {
    static final String MONTH = "month";

    static final StructType ARTICLES = schema(
            "id", DataTypes.StringType, "title", DataTypes.StringType, "published", DataTypes.DateType,
            "site", DataTypes.StringType, "url", DataTypes.StringType, "language", DataTypes.StringType,
            "length", DataTypes.IntegerType, "source", DataTypes.StringType, MONTH, DataTypes.StringType);
    static final StructType ENTITIES = schema(
            "article_id", DataTypes.StringType, "entity_id", DataTypes.StringType, "key", DataTypes.StringType,
            "name", DataTypes.StringType, "type", DataTypes.StringType, "subtype", DataTypes.StringType,
            "country", DataTypes.StringType, "mentions", DataTypes.IntegerType, MONTH, DataTypes.StringType);
    static final StructType QUOTES = schema(
            "article_id", DataTypes.StringType, "quote_id", DataTypes.StringType, "published", DataTypes.DateType,
            "speaker_name", DataTypes.StringType, "speaker_key", DataTypes.StringType,
            "anonymous", DataTypes.BooleanType, "text", DataTypes.StringType, "kind", DataTypes.StringType,
            "cue", DataTypes.StringType, "via", DataTypes.StringType, MONTH, DataTypes.StringType);
    static final StructType EVENTS = schema(
            "article_id", DataTypes.StringType, "date", DataTypes.StringType, "type", DataTypes.StringType,
            "mode", DataTypes.StringType, "cameo", DataTypes.StringType,
            "source_name", DataTypes.StringType, "source_key", DataTypes.StringType,
            "source_country", DataTypes.StringType, "source_sector", DataTypes.StringType,
            "target_name", DataTypes.StringType, "target_key", DataTypes.StringType,
            "target_country", DataTypes.StringType, "target_sector", DataTypes.StringType,
            "negated", DataTypes.BooleanType, "hypothetical", DataTypes.BooleanType,
            "location", DataTypes.StringType, MONTH, DataTypes.StringType);
    static final StructType FAILURES = schema("source", DataTypes.StringType, "reason", DataTypes.StringType);

    private AnalystTables() {
    }

    /** {@return the {@code articles} row of a record} */
    static Row article(JsonNode record) {
        String text = record.path("text").asText("");
        return RowFactory.create(text(record, "id"), text(record, "title"), published(record), text(record, "site"),
                text(record, "url"), text(record, "language"), text.codePointCount(0, text.length()),
                text(record.path("input"), "path"), month(record));
    }

    /** {@return the {@code entities} rows of a record} */
    static List<Row> entities(JsonNode record) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode e : record.path("entities")) {
            rows.add(RowFactory.create(text(record, "id"), text(e, "id"), text(e, "key"), text(e, "name"),
                    text(e, "type"), text(e, "subtype"), text(e, "country"), e.path("mentions").size(),
                    month(record)));
        }
        return rows;
    }

    /** {@return the {@code quotes} rows of a record} */
    static List<Row> quotes(JsonNode record) {
        Map<String, String> keys = entityKeys(record);
        List<Row> rows = new ArrayList<>();
        for (JsonNode q : record.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            Boolean anonymous = speaker.isObject() ? speaker.path("anonymous").asBoolean() : null;
            rows.add(RowFactory.create(text(record, "id"), text(q, "id"), published(record), text(speaker, "name"),
                    keys.get(text(speaker, "entity")), anonymous, text(q, "text"), text(q, "kind"), text(q, "cue"),
                    text(q, "via"), month(record)));
        }
        return rows;
    }

    /** {@return the {@code events} rows of a record} */
    static List<Row> events(JsonNode record) {
        Map<String, String> keys = entityKeys(record);
        List<Row> rows = new ArrayList<>();
        for (JsonNode ev : record.path("events")) {
            JsonNode source = ev.path("source");
            JsonNode target = ev.path("target");
            rows.add(RowFactory.create(text(record, "id"), text(ev.path("date"), "value"), text(ev, "type"),
                    text(ev, "mode"), text(ev, "cameo"),
                    text(source, "name"), keys.get(text(source, "entity")), text(source, "country"),
                    text(source, "sector"),
                    text(target, "name"), keys.get(text(target, "entity")), text(target, "country"),
                    text(target, "sector"),
                    ev.path("negated").asBoolean(), ev.path("hypothetical").asBoolean(), text(ev, "location"),
                    month(record)));
        }
        return rows;
    }

    /** {@return the {@code failures} row of a failed input} */
    static Row failure(Outcome failed) {
        return RowFactory.create(failed.source(), failed.reason());
    }

    private static Map<String, String> entityKeys(JsonNode record) {
        Map<String, String> keys = new HashMap<>();
        for (JsonNode e : record.path("entities")) {
            keys.put(text(e, "id"), text(e, "key"));
        }
        return keys;
    }

    /** {@return a field's text, or null when it is null or missing} */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static LocalDate published(JsonNode record) {
        String published = text(record, "published");
        return published == null ? null : LocalDate.parse(published);
    }

    private static String month(JsonNode record) {
        String published = text(record, "published");
        return published == null ? null : published.substring(0, 7);
    }

    private static StructType schema(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1],
                    true);
        }
        return DataTypes.createStructType(fields);
    }
}
