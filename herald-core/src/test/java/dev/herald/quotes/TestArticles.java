package dev.herald.quotes;

import dev.herald.entities.EntityGrouper;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.model.Article;
import dev.herald.model.EntityType;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles built by hand for quote tests, without models: names are marked in the text as
 * {@code [Ana Silva|PERSON]} (the marks are removed and become NER mentions), sentences are split at
 * a full stop (not that of an abbreviated title: "Rep.", "Dr."), question or exclamation mark (and any
 * closing quotation marks) before a space, and at blank lines.
 */
final class TestArticles {
    private static final Pattern MARKED = Pattern.compile("\\[([^\\]|]+)\\|(PERSON|ORGANIZATION|LOCATION|OTHER)\\]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms))[.!?][\"'\u201d\u2019\u00bb]*(?=\\s)|\n\\s*\n");

    private TestArticles() {
    }

    /** {@return the article of the marked-up {@code text}, with mentions, sentences and entities} */
    static Article of(String marked) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MARKED.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            mentions.add(new Mention(new Span(start, text.length()), m.group(1), EntityType.valueOf(m.group(2)),
                    Mention.Kind.NAME));
            last = m.end();
        }
        text.append(marked.substring(last));
        String body = text.toString();
        Article a = Article.of(new Source("test.txt", Optional.empty(), InputFormat.TEXT), Metadata.empty(), body,
                List.of(), List.of());
        a = a.with(Layer.TOKENS, List.of()).with(Layer.SENTENCES, sentences(body)).with(Layer.MENTIONS, mentions);
        return new EntityGrouper(Gazetteer.builtIn()).apply(a);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** {@return tokens of {@code text}, one per word, tagged from {@code tags} (NN where not given)} */
    static List<Token> tag(String text, Map<String, String> tags) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), tags.getOrDefault(m.group(), "NN"), "O", 0));
        }
        return tokens;
    }

    /** {@return the article after finding and attributing its quotations} */
    static Article quoted(String marked) {
        return attributed(of(marked));
    }

    /** {@return the article with its words tagged from {@code tags} (NN where not given), after finding and attributing its quotations} */
    static Article quoted(String marked, Map<String, String> tags) {
        Article plain = of(marked);
        return attributed(plain.with(Layer.TOKENS, tag(plain.text(), tags)));
    }

    private static Article attributed(Article a) {
        QuoteConfig config = QuoteConfig.defaults();
        return new SpeakerResolver(config, Lexicon.english()).apply(new QuoteFinder(config).apply(a));
    }

    /** {@return each quote as "text ← speaker" ("?" when none, "(anonymous)" marked)} */
    static List<String> render(Article a) {
        List<String> out = new ArrayList<>();
        for (Quote q : a.get(Layer.QUOTES)) {
            String who = q.speaker().map(TestArticles::who).orElse("?");
            out.add(q.span().of(a.text()) + " ← " + who);
        }
        return out;
    }

    private static String who(Speaker s) {
        return s instanceof Speaker.Anonymous ? s.name() + " (anonymous)" : s.name();
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(sentences, text, start, m.end());
            start = m.end();
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new Sentence(new Span(s, e), sentences.size(), 0, 0));
        }
    }
}
