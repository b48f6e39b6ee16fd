package dev.herald.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;

/** Article records built by hand, with only the fields the store reads, for store tests. */
final class StoreRecords {
    private StoreRecords() {
    }

    /** {@return a record with this id, title, text and publication date, and no annotations} */
    static ObjectNode record(String id, String title, String text, String published) {
        ObjectNode r = ArticleRecord.mapper().createObjectNode();
        r.put("schema", ArticleRecord.SCHEMA).put("id", id).put("title", title).put("published", published)
                .put("site", "example.org").put("text", text);
        r.putArray("entities");
        r.putArray("quotes");
        r.putArray("events");
        return r;
    }

    /** Adds an entity {@code name} of {@code type} and {@code country}. */
    static ObjectNode entity(ObjectNode record, String name, String type, String country) {
        ArrayNode entities = (ArrayNode) record.get("entities");
        entities.addObject().put("id", "E" + (entities.size() + 1)).put("name", name).put("type", type)
                .put("country", country).put("key", name.toLowerCase(java.util.Locale.ROOT) + "|" + type + "|" + country);
        return record;
    }

    /** Adds a quote of {@code words} said by {@code speaker}. */
    static ObjectNode quote(ObjectNode record, String words, String speaker) {
        ArrayNode quotes = (ArrayNode) record.get("quotes");
        ObjectNode q = quotes.addObject().put("id", "Q" + (quotes.size() + 1)).put("text", words).put("kind", "direct");
        q.putObject("speaker").put("name", speaker).put("anonymous", false);
        return record;
    }

    /** Adds an event of PLOVER {@code type} from {@code source} to {@code target}. */
    static ObjectNode event(ObjectNode record, String type, String source, String target) {
        ObjectNode e = ((ArrayNode) record.get("events")).addObject().put("type", type);
        e.putObject("source").put("name", source);
        e.putObject("target").put("name", target);
        return record;
    }

    /** {@return {@code n} words of made-up prose, different for each {@code seed}} */
    static String prose(int seed, int n) {
        java.util.Random random = new java.util.Random(seed);
        String[] words = {"market", "minister", "council", "river", "budget", "school", "report", "police",
            "energy", "vote", "court", "bank", "match", "film", "phone", "growth", "strike", "plan", "city",
            "union", "price", "oil", "gas", "tax", "fees", "students", "reform", "talks", "deal", "rate"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : i % 12 == 0 ? ". " : " ").append(words[random.nextInt(words.length)]);
        }
        return b.append('.').toString();
    }
}
