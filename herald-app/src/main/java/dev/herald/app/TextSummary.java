package dev.herald.app;

import dev.herald.model.Article;
import dev.herald.model.DateMention;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.Layer;
import dev.herald.model.Metonym;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.model.Speaker;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The {@code --format text} rendering: what a person reads to check an article at a glance. */
final class TextSummary {
    private static final int QUOTE_PREVIEW = 160;

    private TextSummary() {
    }

    static String of(Article article) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(article.metadata().title().orElse("(no title)")).append('\n');
        sb.append("   ").append(article.source().path());
        article.metadata().published().ifPresent(d -> sb.append(" · published ").append(d));
        if (!article.metadata().authors().isEmpty()) {
            sb.append(" · by ").append(String.join(", ", article.metadata().authors()));
        }
        sb.append(" · id ").append(article.id()).append('\n');
        List<Entity> entities = article.get(Layer.ENTITIES);
        StandIns standIns = new StandIns(article);
        for (EntityType type : EntityType.values()) {
            List<Entity> ofType = entities.stream().filter(e -> e.type() == type).toList();
            if (!ofType.isEmpty()) {
                sb.append(String.format("%-14s", label(type) + ":"))
                        .append(ofType.stream().map(e -> entity(e, standIns)).collect(Collectors.joining("; ")))
                        .append('\n');
            }
        }
        List<Quote> quotes = article.get(Layer.QUOTES);
        if (!quotes.isEmpty()) {
            sb.append("Who said what:\n");
            for (Quote q : quotes) {
                String who = q.speaker().map(standIns::speaker).orElse("(speaker unknown)");
                String words = preview(q.span().of(article.text()));
                // Reported speech is the writer's wording, so it is not shown inside quotation marks.
                String shown = q.kind() == Quote.Kind.INDIRECT ? "(reported) " + words : "“" + words + "”";
                sb.append("  ").append(who).append(q.cue().map(c -> " (" + c + ")").orElse("")).append(": ")
                        .append(shown).append('\n');
            }
        }
        List<DateMention> dates = article.get(Layer.DATES);
        if (!dates.isEmpty()) {
            sb.append("Dates:        ").append(dates.stream().map(d -> d.text() + " = " + d.value())
                    .collect(Collectors.joining("; "))).append('\n');
        }
        List<Event> events = article.get(Layer.EVENTS);
        if (!events.isEmpty()) {
            sb.append("Events:\n");
            for (Event e : events) {
                sb.append("  ").append(event(e, article.text())).append('\n');
            }
        }
        sb.append("Removed:      ").append(article.boilerplate().size()).append(" boilerplate pieces, ")
                .append(article.related().size()).append(" related headlines\n");
        return sb.toString();
    }

    private static String entity(Entity e, StandIns standIns) {
        StringBuilder sb = new StringBuilder(e.name());
        e.country().ifPresent(c -> sb.append(" [").append(c).append(']'));
        if (e.mentions().size() > 1) {
            sb.append(" ×").append(e.mentions().size());
        }
        sb.append(standIns.note(e));
        return sb.toString();
    }

    /** One event as a line a person checks: who, what, whom, when, the trigger, and what is not a fact. */
    static String event(Event e, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.date().value().orElse("date unknown"));
        if (e.date().published()) {
            sb.append(" (published)");
        }
        sb.append(": ").append(e.source().map(TextSummary::actor).orElse("someone")).append(' ')
                .append(e.type().name()).append(e.mode().map(m -> "/" + m).orElse(""));
        e.target().ifPresent(t -> sb.append(" → ").append(actor(t)));
        sb.append(" «").append(e.trigger().of(text)).append('»');
        e.cameo().ifPresent(c -> sb.append(" CAMEO ").append(c));
        if (e.negated()) {
            sb.append(" [DENIED]");
        }
        if (e.hypothetical()) {
            sb.append(" [NOT DONE: wished, planned or possible]");
        }
        e.claimant().ifPresent(c -> sb.append(" — claimed by ").append(c.name()));
        return sb.toString();
    }

    private static String actor(Event.Actor a) {
        String codes = a.country().orElse("") + a.sector().map(s -> (a.country().isPresent() ? " " : "") + s).orElse("");
        return codes.isEmpty() ? a.name() : a.name() + " [" + codes + "]";
    }

    /**
     * Place names that stand for a government ({@code metonyms}): "Moscow (for the Russian government)"
     * as a speaker, "Moscow [RUS] ×2 (2 for the Kremlin)" among places, "Ukrainian government [UKR]
     * (as Kyiv, Ukraine)" among organisations.
     */
    private static final class StandIns {
        private final String text;
        private final Map<String, Entity> byId = new HashMap<>();
        private final Map<Span, Metonym> bySpan = new HashMap<>();

        StandIns(Article article) {
            this.text = article.text();
            article.get(Layer.ENTITIES).forEach(e -> byId.put(e.id(), e));
            article.get(Layer.METONYMS).forEach(m -> bySpan.put(m.span(), m));
        }

        String speaker(Speaker s) {
            Optional<Metonym> m = s.mention().map(bySpan::get);
            return m.isPresent() ? m.get().span().of(text) + " (" + forThe(m.get().government()) + ")" : s.name();
        }

        String note(Entity e) {
            List<Metonym> asPlace = bySpan.values().stream().filter(m -> m.place().equals(e.id())).toList();
            if (!asPlace.isEmpty()) {
                return asPlace.stream().collect(Collectors.groupingBy(Metonym::government, TreeMap::new,
                                Collectors.counting())).entrySet().stream()
                        .map(g -> g.getValue() + " " + forThe(g.getKey())).collect(Collectors.joining(", ", " (", ")"));
            }
            List<String> names = bySpan.values().stream().filter(m -> m.government().equals(e.id()))
                    .sorted(Comparator.comparing(Metonym::span)).map(m -> m.span().of(text)).distinct().toList();
            return names.isEmpty() ? "" : " (as " + String.join(", ", names) + ")";
        }

        private String forThe(String governmentId) {
            String name = byId.containsKey(governmentId) ? byId.get(governmentId).name() : governmentId;
            return name.startsWith("The ") ? "for " + name : "for the " + name;
        }
    }

    private static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case LOCATION -> "Places";
            case OTHER -> "Other";
        };
    }

    private static String preview(String quote) {
        String flat = quote.replaceAll("\\s+", " ");
        return flat.length() <= QUOTE_PREVIEW ? flat : flat.substring(0, QUOTE_PREVIEW - 1) + "…";
    }
}
