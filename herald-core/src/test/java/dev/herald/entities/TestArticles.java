package dev.herald.entities;

import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.lexicon.Lexicon;
import dev.herald.model.Article;
import dev.herald.model.Entity;
import dev.herald.model.EntityType;
import dev.herald.model.InputFormat;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Metadata;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Articles built by hand, as NER would leave them, without loading a model. Markup: {@code [Liz
 * Truss|PER]} is a name NER tagged (PER, ORG, LOC, MISC); everything else is plain text. Tokens are
 * split as CoreNLP splits them: words, "'s", hyphens and single punctuation marks; a sentence ends
 * at . ! ? or a blank line.
 */
public final class TestArticles {
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final Pattern NAME = Pattern.compile("\\[([^|\\]]+)\\|(PER|ORG|LOC|MISC)]");
    private static final Pattern TOKEN = Pattern.compile("['\u2019]s\\b|[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.?|\\S");

    private TestArticles() {
    }

    /** {@return an article with tokens, sentences and the NER mentions of {@code markup}} */
    public static Article tagged(String markup) {
        return tagged(markup, InputFormat.TEXT);
    }

    public static Article tagged(String markup, InputFormat format) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = NAME.matcher(markup);
        int last = 0;
        while (m.find()) {
            text.append(markup, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            Span span = new Span(start, text.length());
            mentions.add(new Mention(span, m.group(1), EntityType.fromNerTag(m.group(2)), Mention.Kind.NAME));
            last = m.end();
        }
        text.append(markup.substring(last));
        String body = text.toString();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher t = TOKEN.matcher(body);
        int first = 0;
        int prevEnd = 0;
        while (t.find()) {
            boolean paragraph = body.substring(prevEnd, t.start()).contains("\n\n");
            if (paragraph && tokens.size() > first) {
                sentences.add(sentence(tokens, first, sentences.size()));
                first = tokens.size();
            }
            String w = t.group().endsWith(".") && t.group().length() > 1 && !t.group().matches("(\\p{Lu}\\.)+")
                    ? t.group().substring(0, t.group().length() - 1) : t.group();
            tokens.add(new Token(new Span(t.start(), t.start() + w.length()), w, w,
                    Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", "O", sentences.size()));
            if (w.length() < t.group().length()) {
                tokens.add(new Token(new Span(t.start() + w.length(), t.end()), ".", ".", ".", "O", sentences.size()));
            }
            prevEnd = t.end();
            String end = tokens.get(tokens.size() - 1).word();
            if (end.equals(".") || end.equals("!") || end.equals("?")) {
                sentences.add(sentence(tokens, first, sentences.size()));
                first = tokens.size();
            }
        }
        if (tokens.size() > first) {
            sentences.add(sentence(tokens, first, sentences.size()));
        }
        Article a = Article.of(new Source("test.txt", Optional.empty(), format), Metadata.empty(), body,
                List.of(), List.of());
        return a.with(Layer.TOKENS, tokens).with(Layer.SENTENCES, sentences).with(Layer.MENTIONS, mentions);
    }

    private static Sentence sentence(List<Token> tokens, int first, int index) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new Sentence(span, index, first, tokens.size());
    }

    /** {@return the article's corrected mentions as "text/TYPE"} */
    public static List<String> mentions(Article a) {
        return a.get(Layer.MENTIONS).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    /** {@return an entity as "name TYPE SUBTYPE COUNTRY: mention, mention"} */
    static String render(Entity e) {
        return e.name() + " " + e.type() + " " + e.subtype().orElse("-") + " " + e.country().orElse("-") + ": "
                + e.mentions().stream().map(m -> m.text() + (m.kind() == Mention.Kind.NAME ? ""
                : "/" + m.kind().name().toLowerCase(java.util.Locale.ROOT))).collect(Collectors.joining(", "));
    }

    /** {@return the rendered entity whose name is {@code name}} */
    public static String entity(Article a, String name) {
        return a.get(Layer.ENTITIES).stream().filter(e -> e.name().equals(name)).map(TestArticles::render)
                .findFirst().orElse("no entity " + name + " in " + a.get(Layer.ENTITIES).stream()
                        .map(TestArticles::render).toList());
    }

    /** {@return {@code a} through the entity stages, as Herald runs them after NER} */
    public static Article analyzed(Article a) {
        Gazetteer g = Gazetteer.builtIn();
        Article corrected = new NerCorrector(g).apply(a);
        return new PronounLinker(LEXICON).apply(new TitleBinder(g, LEXICON).apply(new EntityGrouper(g).apply(corrected)));
    }
}
