package dev.herald.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.events.CameoRoot;
import dev.herald.model.Article;
import dev.herald.model.EventType;
import dev.herald.record.ArticleRecord;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --format gdelt-events}: one tab-separated row per event in the shape of GDELT 2.0's Event
 * table (its 61 columns in its order), so tools that read GDELT read Herald. Herald fills the ids,
 * dates, actors (name, CAMEO country and sector code), event codes, quad class, Goldstein score (of
 * the CAMEO root), mention counts of one, the action place's name, DATEADDED (the publication date)
 * and SOURCEURL; the other columns stay empty. Events that are denied or hypothetical, or that have
 * no CAMEO root or no actor, are not written: GDELT rows are events reported as having happened.
 */
final class GdeltEventsPrinter {
    static final int COLUMNS = 61;
    private final PrintStream out;

    GdeltEventsPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Article article) {
        print(ArticleRecord.of(article));
    }

    /** Prints the rows of the events of an article record ({@code herald export} reads stored records). */
    void print(JsonNode record) {
        for (JsonNode e : record.path("events")) {
            row(record, e).ifPresent(out::println);
        }
    }

    /** {@return the row of one event of {@code record}, or empty when GDELT would not carry it} */
    static Optional<String> row(JsonNode record, JsonNode e) {
        Optional<CameoRoot> root = text(e, "cameo").flatMap(CameoRoot::of).or(() -> type(e).flatMap(CameoRoot::forType));
        if (e.path("negated").asBoolean() || e.path("hypothetical").asBoolean() || root.isEmpty()
                || (!e.path("source").isObject() && !e.path("target").isObject())) {
            return Optional.empty();
        }
        String[] c = new String[COLUMNS];
        Arrays.fill(c, "");
        c[0] = Long.toString(eventId(record, e));
        Optional<LocalDate> day = text(e.path("date"), "value").flatMap(GdeltEventsPrinter::day);
        day.ifPresent(d -> {
            c[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            c[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
            c[3] = Integer.toString(d.getYear());
            c[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
        });
        actor(c, 5, e.path("source"));
        actor(c, 15, e.path("target"));
        c[25] = lead(record, e) ? "1" : "0";
        String code = text(e, "cameo").orElse(root.get().code() + "0");
        c[26] = code;
        c[27] = code.substring(0, Math.min(3, code.length()));
        c[28] = root.get().code();
        c[29] = Integer.toString(root.get().quadClass());
        c[30] = String.format(Locale.ROOT, "%.1f", root.get().goldstein());
        c[31] = "1";
        c[32] = "1";
        c[33] = "1";
        text(e, "location").flatMap(id -> entityName(record, id)).ifPresent(place -> c[52] = place);
        text(record, "published").flatMap(GdeltEventsPrinter::day).ifPresent(p -> c[59] = String.format(Locale.ROOT,
                "%04d%02d%02d000000", p.getYear(), p.getMonthValue(), p.getDayOfMonth()));
        c[60] = text(record, "url").orElse(record.path("input").path("path").asText(""));
        return Optional.of(String.join("\t", Arrays.stream(c).map(GdeltEventsPrinter::clean).toList()));
    }

    private static Optional<EventType> type(JsonNode e) {
        try {
            return text(e, "type").map(EventType::valueOf);
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static Optional<String> entityName(JsonNode record, String id) {
        for (JsonNode entity : record.path("entities")) {
            if (id.equals(entity.path("id").asText())) {
                return text(entity, "name");
            }
        }
        return Optional.empty();
    }

    private static void actor(String[] c, int at, JsonNode actor) {
        if (!actor.isObject()) {
            return;
        }
        String country = text(actor, "country").orElse("");
        String sector = text(actor, "sector").orElse("");
        c[at] = country + sector;
        c[at + 1] = actor.path("name").asText("").toUpperCase(Locale.ROOT);
        c[at + 2] = country;
        c[at + 7] = sector;
    }

    /** Whether the event's sentence stands in the article's first paragraph, as GDELT's IsRootEvent. */
    private static boolean lead(JsonNode record, JsonNode e) {
        String text = record.path("text").asText("");
        int firstBreak = text.indexOf("\n\n");
        return firstBreak < 0 || utf16(text, e.path("sentence").path("start").asInt()) < firstBreak;
    }

    /** The record counts offsets in code points; Java strings in UTF-16 units. */
    private static int utf16(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException ex) {
            return codePoints;
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** An ISO date as precise as known, completed to a day ("2014" as 2014-01-01) as GDELT's day columns need. */
    private static Optional<LocalDate> day(String iso) {
        String d = iso.length() >= 10 ? iso.substring(0, 10) : iso.length() == 7 ? iso + "-01" : iso.length() == 4 ? iso + "-01-01" : iso;
        try {
            return Optional.of(LocalDate.parse(d));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** A stable id: the same event of the same article gets the same id on every run. */
    static long eventId(JsonNode record, JsonNode e) {
        String text = record.path("text").asText("");
        String key = record.path("id").asText() + "|" + utf16(text, e.path("trigger").path("start").asInt()) + "|"
                + e.path("type").asText() + "|" + e.path("source").path("name").asText("") + "|"
                + e.path("target").path("name").asText("");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JDK has no SHA-256", ex);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
