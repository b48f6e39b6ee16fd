package dev.herald.app;

import dev.herald.events.CameoRoot;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.Event;
import dev.herald.model.Layer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Map<String, Entity> entities = article.get(Layer.ENTITIES).stream()
                .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        for (Event e : article.get(Layer.EVENTS)) {
            row(article, e, entities).ifPresent(out::println);
        }
    }

    /** {@return the row of one event, or empty when GDELT would not carry it} */
    static Optional<String> row(Article article, Event e, Map<String, Entity> entities) {
        Optional<CameoRoot> root = e.cameo().flatMap(CameoRoot::of).or(() -> CameoRoot.forType(e.type()));
        if (e.negated() || e.hypothetical() || root.isEmpty() || (e.source().isEmpty() && e.target().isEmpty())) {
            return Optional.empty();
        }
        String[] c = new String[COLUMNS];
        Arrays.fill(c, "");
        c[0] = Long.toString(eventId(article, e));
        Optional<LocalDate> day = e.date().value().flatMap(GdeltEventsPrinter::day);
        day.ifPresent(d -> {
            c[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            c[2] = String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue());
            c[3] = Integer.toString(d.getYear());
            c[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0);
        });
        actor(c, 5, e.source());
        actor(c, 15, e.target());
        c[25] = lead(article, e) ? "1" : "0";
        String code = e.cameo().orElse(root.get().code() + "0");
        c[26] = code;
        c[27] = code.substring(0, Math.min(3, code.length()));
        c[28] = root.get().code();
        c[29] = Integer.toString(root.get().quadClass());
        c[30] = String.format(Locale.ROOT, "%.1f", root.get().goldstein());
        c[31] = "1";
        c[32] = "1";
        c[33] = "1";
        e.location().map(entities::get).ifPresent(place -> c[52] = place.name());
        article.metadata().published().ifPresent(p -> c[59] = String.format(Locale.ROOT, "%04d%02d%02d000000",
                p.getYear(), p.getMonthValue(), p.getDayOfMonth()));
        c[60] = article.metadata().url().orElse(article.source().path());
        return Optional.of(String.join("\t", Arrays.stream(c).map(GdeltEventsPrinter::clean).toList()));
    }

    private static void actor(String[] c, int at, Optional<Event.Actor> actor) {
        if (actor.isEmpty()) {
            return;
        }
        Event.Actor a = actor.get();
        c[at] = a.country().orElse("") + a.sector().orElse("");
        c[at + 1] = a.name().toUpperCase(Locale.ROOT);
        c[at + 2] = a.country().orElse("");
        c[at + 7] = a.sector().orElse("");
    }

    /** Whether the event's sentence stands in the article's first paragraph, as GDELT's IsRootEvent. */
    private static boolean lead(Article article, Event e) {
        int firstBreak = article.text().indexOf("\n\n");
        return firstBreak < 0 || e.sentence().start() < firstBreak;
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
    static long eventId(Article article, Event e) {
        String key = article.id() + "|" + e.trigger().start() + "|" + e.type() + "|"
                + e.source().map(Event.Actor::name).orElse("") + "|" + e.target().map(Event.Actor::name).orElse("");
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
