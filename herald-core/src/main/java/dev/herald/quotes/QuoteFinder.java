package dev.herald.quotes;

import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Quote;
import dev.herald.model.Span;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quoted spans of an article's text, before anyone is credited with them.
 *
 * <ul>
 *   <li>Straight and curly double quotes, UK single quotes, {@code « »} and {@code „ “}; apostrophes are
 *       told from marks by the characters around them ({@link QuoteMarks}).</li>
 *   <li>Marks pair within their family; a mark of the other family inside a quotation is a nested
 *       quote and stays part of it.</li>
 *   <li>A quotation that runs over paragraphs (each paragraph opens a mark, only the last closes) is
 *       one quote. A double mark left open closes at the next opening mark or at the end of its
 *       paragraph, so a stray mark never swallows the rest of the article; a single mark left open
 *       is dropped.</li>
 *   <li>Lines of related-article links ("DON'T MISS:", headlines ending in "[UPDATE]") are skipped.</li>
 * </ul>
 * The kind is {@code direct} for quoted sentences and {@code partial} for words inside the writer's
 * sentence. Speakers are left empty for {@link SpeakerResolver}.
 *
 * <p>Requires nothing (reads the text). Provides {@code quotes}. Option: {@link QuoteConfig#maxQuoteChars()}.
 * Thread-safe.
 */
public final class QuoteFinder implements Stage {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");
    private static final Pattern RELATED_LINE = Pattern.compile(".*\\[[A-Z][A-Z ]{2,}\\]\\s*");
    private static final Pattern LABEL_LINE = Pattern.compile("[A-Z][A-Z\u2019' ]{2,}:\\s*");

    private final QuoteConfig config;

    public QuoteFinder(QuoteConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "quote-finder";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Article apply(Article article) {
        List<Quote> quotes = new ArrayList<>();
        for (Span s : find(article.text())) {
            quotes.add(new Quote("Q" + (quotes.size() + 1), s, kindOf(article.text(), s), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        return article.with(Layer.QUOTES, quotes);
    }

    /** {@return the quoted spans of {@code text}, marks excluded, in text order} */
    List<Span> find(String text) {
        List<Found> found = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!isRelatedBlock(paragraphs.get(p).of(text))) {
                found.addAll(inParagraph(text, paragraphs.get(p), p));
            }
        }
        List<Span> spans = new ArrayList<>();
        Found pending = null;
        for (Found f : found) {
            if (pending != null && pending.runsOn && f.opensParagraph && f.family == pending.family
                    && f.paragraph == pending.paragraph + 1) {
                pending = new Found(new Span(pending.span.start(), f.span.end()), f.family, f.paragraph,
                        pending.opensParagraph, f.runsOn);
                continue;
            }
            if (pending != null) {
                spans.add(pending.span);
            }
            pending = f;
        }
        if (pending != null) {
            spans.add(pending.span);
        }
        spans.removeIf(s -> s.length() > config.maxQuoteChars());
        return spans;
    }

    /**
     * A quotation found in paragraph {@code paragraph} (the last one, once merged); {@code runsOn} when it
     * is still open at the paragraph's end.
     */
    private record Found(Span span, QuoteMarks.Family family, int paragraph, boolean opensParagraph, boolean runsOn) {
    }

    private List<Found> inParagraph(String text, Span para, int index) {
        List<Found> found = new ArrayList<>();
        int openAt = -1;
        QuoteMarks.Family family = null;
        int lineStart = para.start();
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            }
            if (i == lineStart && RELATED_LINE.matcher(line(text, i, para.end())).matches()) {
                i = Math.max(i, text.indexOf('\n', i) < 0 ? para.end() : Math.min(para.end(), text.indexOf('\n', i))) - 1;
                continue;
            }
            QuoteMarks.Family f = QuoteMarks.family(c);
            if (f == null || (family != null && f != family)) {
                continue;
            }
            QuoteMarks.Role role = QuoteMarks.role(text, i, para.start(), para.end());
            if (family == null) {
                if (role == QuoteMarks.Role.OPEN || (role == QuoteMarks.Role.EITHER && f == QuoteMarks.Family.DOUBLE)) {
                    openAt = i;
                    family = f;
                }
            } else if (role == QuoteMarks.Role.CLOSE || role == QuoteMarks.Role.EITHER) {
                add(found, text, openAt, i, family, para, index, false);
                family = null;
            } else if (role == QuoteMarks.Role.OPEN) {
                if (family == QuoteMarks.Family.DOUBLE) {
                    add(found, text, openAt, i, family, para, index, false);
                }
                openAt = i;
            }
        }
        if (family == QuoteMarks.Family.DOUBLE) {
            add(found, text, openAt, para.end(), family, para, index, true);
        }
        return found;
    }

    private static void add(List<Found> found, String text, int openAt, int end, QuoteMarks.Family family, Span para,
                            int index, boolean runsOn) {
        Span inner = trim(text, openAt + 1, end);
        if (inner.length() == 0 || (family == QuoteMarks.Family.SINGLE && letters(inner.of(text)) < 2)) {
            return;
        }
        found.add(new Found(inner, family, index, openAt == para.start(), runsOn));
    }

    private static String line(String text, int from, int limit) {
        int nl = text.indexOf('\n', from);
        return text.substring(from, nl < 0 || nl > limit ? limit : nl);
    }

    private static boolean isRelatedBlock(String paragraph) {
        String first = paragraph.lines().findFirst().orElse("");
        return LABEL_LINE.matcher(first).matches();
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetterOrDigit).count();
    }

    private static Span trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            paragraphs.add(new Span(start, m.start()));
            start = m.end();
        }
        paragraphs.add(new Span(start, text.length()));
        paragraphs.removeIf(p -> p.length() == 0);
        return paragraphs;
    }

    /** Direct when the quoted words make a sentence of their own; partial inside the writer's sentence. */
    static Quote.Kind kindOf(String text, Span s) {
        String q = s.of(text);
        int cp = q.codePointAt(0);
        boolean capital = Character.isUpperCase(cp) || Character.isDigit(cp);
        int b = s.start() - 1;
        while (b >= 0 && (Character.isWhitespace(text.charAt(b)) || QuoteMarks.family(text.charAt(b)) != null)) {
            b--;
        }
        boolean ownStart = b < 0 || ":.!?,;\u2014\u2013-(\n".indexOf(text.charAt(b)) >= 0;
        boolean ownEnd = ".!?,\u2026".indexOf(q.charAt(q.length() - 1)) >= 0;
        return capital && (ownStart || ownEnd) ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
    }
}
