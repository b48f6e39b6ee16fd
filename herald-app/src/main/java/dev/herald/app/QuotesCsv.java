package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code herald export --format quotes-csv}: one row per quote of a record, RFC 4180 CSV (fields
 * with a comma, quote or line break are quoted, quotes doubled), so a spreadsheet opens it as is.
 */
final class QuotesCsv {
    static final String HEADER = "article_id,published,site,title,quote_id,kind,speaker,speaker_entity,anonymous,"
            + "cue,via,start,end,text";

    private QuotesCsv() {
    }

    /** {@return the rows of {@code record}'s quotes, in record order} */
    static List<String> rows(JsonNode record) {
        List<String> rows = new ArrayList<>();
        for (JsonNode q : record.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            rows.add(Stream.of(value(record, "id"), value(record, "published"), value(record, "site"),
                    value(record, "title"), value(q, "id"), value(q, "kind"), value(speaker, "name"),
                    value(speaker, "entity"), speaker.isObject() ? value(speaker, "anonymous") : "",
                    value(q, "cue"), value(q, "via"), value(q, "start"), value(q, "end"), value(q, "text"))
                    .map(QuotesCsv::field).collect(Collectors.joining(",")));
        }
        return rows;
    }

    private static String value(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
