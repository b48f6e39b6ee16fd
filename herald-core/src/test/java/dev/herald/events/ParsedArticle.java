package dev.herald.events;

import dev.herald.model.Article;
import dev.herald.model.DateMention;
import dev.herald.model.Dependency;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.Event;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Metadata;
import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Span;
import dev.herald.model.Speaker;
import dev.herald.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds articles by hand for unit tests, with the layers a parser, the entity stage, the quote stage
 * and the date stage would set, so the event coder is tested without loading models. Sentences are
 * written one token a line, CoNLL-style: {@code index word lemma POS head relation} (head 0 for the
 * root); a blank line separates sentences. The text is the words joined by spaces.
 */
final class ParsedArticle {
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private LocalDate published;

    static ParsedArticle of(String conll) {
        ParsedArticle a = new ParsedArticle();
        List<String[]> rows = new ArrayList<>();
        for (String line : (conll.strip() + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    a.sentence(rows);
                    rows.clear();
                }
            } else {
                rows.add(line.strip().split("\\s+"));
            }
        }
        return a;
    }

    private void sentence(List<String[]> rows) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int first = tokens.size();
        int start = text.length();
        for (String[] r : rows) {
            if (text.length() > start) {
                text.append(' ');
            }
            int s = text.length();
            text.append(r[1]);
            tokens.add(new Token(new Span(s, text.length()), r[1], r[2], r[3], "O", sentences.size()));
        }
        for (int k = 0; k < rows.size(); k++) {
            int head = Integer.parseInt(rows.get(k)[4]);
            dependencies.add(new Dependency(head == 0 ? -1 : first + head - 1, first + k, rows.get(k)[5]));
        }
        sentences.add(new Sentence(new Span(start, text.length()), sentences.size(), first, tokens.size()));
    }

    /** Adds an entity whose mentions are every occurrence of {@code surface} as whole tokens. */
    ParsedArticle entity(String id, String name, EntityType type, String subtype, String country, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        String t = text.toString();
        for (String surface : surfaces) {
            for (int at = t.indexOf(surface); at >= 0; at = t.indexOf(surface, at + 1)) {
                boolean startsToken = at == 0 || t.charAt(at - 1) == ' ';
                int end = at + surface.length();
                boolean endsToken = end == t.length() || t.charAt(end) == ' ';
                if (startsToken && endsToken) {
                    mentions.add(new Mention(new Span(at, end), surface, type, Mention.Kind.NAME));
                }
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        entities.add(new Entity(id, name, type, Optional.ofNullable(subtype), Optional.ofNullable(country),
                Optional.empty(), mentions));
        return this;
    }

    /** Adds a quotation of the words {@code words} said by entity {@code entityId}. */
    ParsedArticle quote(String words, String speaker, String entityId) {
        int at = text.indexOf(words);
        quotes.add(new Quote("Q" + (quotes.size() + 1), new Span(at, at + words.length()), Quote.Kind.DIRECT,
                Optional.of(new Speaker.Named(speaker, entityId, Optional.empty())), Optional.of("said"), Optional.empty()));
        return this;
    }

    /** Adds a date mention of the words {@code words} with the ISO value {@code value}. */
    ParsedArticle date(String words, String value) {
        int at = text.indexOf(words);
        dates.add(new DateMention(new Span(at, at + words.length()), words, value));
        return this;
    }

    ParsedArticle published(String isoDate) {
        this.published = LocalDate.parse(isoDate);
        return this;
    }

    Article build() {
        Metadata metadata = Metadata.empty().withPublished(Optional.ofNullable(published));
        return Article.of(new Source("test.txt", Optional.empty(), InputFormat.PLAIN), metadata, text.toString(),
                        List.of(), List.of())
                .with(Layer.TOKENS, tokens)
                .with(Layer.SENTENCES, sentences)
                .with(Layer.DEPENDENCIES, dependencies)
                .with(Layer.ENTITIES, entities)
                .with(Layer.QUOTES, quotes)
                .with(Layer.DATES, dates);
    }

    /** {@return the events {@code coder} codes in this article, each as "TYPE source -> target" ("-": none)} */
    List<String> codedBy(EventCoder coder) {
        return coder.apply(build()).get(Layer.EVENTS).stream()
                .map(e -> e.type() + " " + e.source().map(Event.Actor::name).orElse("-") + " -> "
                        + e.target().map(Event.Actor::name).orElse("-"))
                .toList();
    }
}
