package dev.herald.quotes;

import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the writer's words around a quotation (its sentence, outside any quotation marks) for a
 * speech cue and the cue's subject: "“…,” said Tony Blair", "“…,” he said", "Mr Blair said: “…”",
 * "Ms Truss has warned they are a “smokescreen”", "…, saying …", "according to …". Built per article;
 * not shared across threads.
 */
final class Clauses {
    /** Words that may stand between a subject and its cue: auxiliaries, adverbs, times. */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "was", "is", "were", "will", "would",
            "could", "might", "may", "can", "did", "does", "also", "then", "later", "earlier", "previously",
            "yesterday", "today", "tonight", "recently", "now", "again", "once", "further", "still", "subsequently",
            "last", "night", "week", "month", "year", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "this", "morning", "afternoon", "evening", "publicly", "privately", "already",
            "repeatedly", "reportedly", "however", "not", "separately", "meanwhile", "simply", "only");
    private static final int NEAR = 6;

    private final String text;
    private final Words words;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<Actor> actors;
    private final Predicate<Span> quoted;
    private final Lexicon lexicon;

    Clauses(String text, Words words, List<Sentence> sentences, List<Token> tokens, List<Actor> actors,
            Predicate<Span> quoted, Lexicon lexicon) {
        this.text = text;
        this.words = words;
        this.sentences = sentences;
        this.tokens = tokens;
        this.actors = actors.stream().filter(a -> !quoted.test(a.span())).toList();
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /** {@return who the words of the quotation at {@code quote} (marks excluded) are attributed to} */
    Optional<Attribution> forQuote(Span quote, boolean direct) {
        int open = markBefore(quote.start());
        int close = markAfter(quote.end());
        Span before = new Span(sentenceAt(open).span().start(), open);
        if (free(before).stream().noneMatch(i -> !words.get(i).isPunct()) && endsWithColon(open)) {
            before = new Span(sentenceAt(Math.max(0, before.start() - 1)).span().start(), open);
        }
        Span after = endsSentence(quote, close) ? new Span(close, close)
                : new Span(close, Math.max(close, sentenceAt(Math.max(open, close - 1)).span().end()));
        List<Integer> b = free(before);
        List<Integer> a = free(after);
        Optional<Attribution> near = afterQuote(a, NEAR);
        Optional<Attribution> preceding = last(b);
        if (direct) {
            return near.or(() -> preceding).or(() -> afterQuote(a, a.size()));
        }
        return preceding.or(() -> afterQuote(a, a.size()));
    }

    /** Reported speech: who, and the span of what they are reported to have said. */
    record Reported(Attribution attribution, Span content) {
    }

    /**
     * {@return the reported speech of a sentence without quotation marks: "X said (that) CONTENT",
     * "CONTENT, X said", "CONTENT, said X", with at least {@code minWords} words of content}
     */
    Optional<Reported> reported(Sentence s, Set<String> reportingVerbs, int minWords) {
        List<Integer> free = free(s.span());
        for (int k = 0; k < free.size(); k++) {
            if (!isCue(free, k) || !reportingVerbs.contains(lexicon.cueBase(words.get(free.get(k)).text()).orElse(""))) {
                continue;
            }
            Words.Word cue = words.get(free.get(k));
            boolean afterComma = k > 0 && words.get(free.get(k - 1)).text().equals(",");
            Optional<Attribution> inverted = afterComma ? subjectAfter(free, k) : Optional.empty();
            if (inverted.isPresent()) {
                return content(s, s.span().start(), words.get(free.get(k - 1)).span().start(), minWords)
                        .map(c -> new Reported(inverted.get(), c));
            }
            int at = k;
            Optional<Attribution> subject = subjectBefore(free, k).filter(a -> near(free, a.subject(), at));
            if (subject.isEmpty()) {
                continue;
            }
            Span who = subject.get().subject().span();
            int w = words.firstAtOrAfter(who.start()) - 1;
            if (w >= 0 && words.get(w).text().equals(",") && w > words.firstAtOrAfter(s.span().start()) + 2) {
                return content(s, s.span().start(), words.get(w).span().start(), minWords)
                        .map(c -> new Reported(subject.get(), c));
            }
            int from = k + 1;
            for (int j = k + 1; j < free.size() && j <= k + 6; j++) {
                if (words.get(free.get(j)).lower().equals("that")) {
                    from = j + 1;
                    break;
                }
            }
            if (from == k + 1 && lexicon.cueBase(cue.text()).orElse("").equals("tell")) {
                continue;
            }
            if (from < free.size()) {
                return content(s, words.get(free.get(from)).span().start(), s.span().end(), minWords)
                        .map(c -> new Reported(subject.get(), c));
            }
        }
        return Optional.empty();
    }

    private boolean near(List<Integer> free, Actor subject, int k) {
        int between = 0;
        for (int i = k - 1; i >= 0 && words.get(free.get(i)).span().start() >= subject.span().end(); i--) {
            between++;
        }
        return between <= 4 || words.get(free.get(k - 1)).text().equals(",");
    }

    private Optional<Span> content(Sentence s, int start, int end, int minWords) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        Span span = new Span(start, Math.max(start, e));
        int[] r = words.within(span);
        long n = java.util.stream.IntStream.range(r[0], r[1]).filter(i -> !words.get(i).isPunct()).count();
        return n >= minWords && s.span().contains(span) ? Optional.of(span) : Optional.empty();
    }

    /** {@return whether {@code word} may stand between a subject and its verb (auxiliary, adverb, time)} */
    static boolean isBetween(String word) {
        return BETWEEN.contains(word);
    }

    /** {@return the attribution of a sentence without quotation marks (reported speech)} */
    Optional<Attribution> forSentence(Sentence s) {
        List<Integer> free = free(s.span());
        for (int k = 0; k < free.size(); k++) {
            if (isCue(free, k)) {
                int cue = k;
                boolean inverted = k == 0 || words.get(free.get(k - 1)).text().equals(",");
                Optional<Attribution> a = inverted ? subjectAfter(free, cue).or(() -> subjectBefore(free, cue))
                        : subjectBefore(free, cue);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> afterQuote(List<Integer> free, int within) {
        for (int k = 0; k < free.size() && k < within; k++) {
            Optional<Attribution> according = according(free, k);
            if (according.isPresent()) {
                return according;
            }
            if (isCue(free, k)) {
                Optional<Attribution> inverted = subjectAfter(free, k);
                if (leadingPunctOnly(free, k) && inverted.isPresent()) {
                    return inverted;
                }
                return subjectBefore(free, k).or(() -> inverted);
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> last(List<Integer> free) {
        for (int k = free.size() - 1; k >= 0; k--) {
            Optional<Attribution> according = according(free, k);
            if (according.isPresent()) {
                return according;
            }
            if (isCue(free, k)) {
                int cue = k;
                Optional<Attribution> a = subjectBefore(free, cue).or(() -> subjectAfter(free, cue));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private boolean leadingPunctOnly(List<Integer> free, int k) {
        for (int i = 0; i < k; i++) {
            if (!words.get(free.get(i)).isPunct() && !words.get(free.get(i)).lower().equals("then")) {
                return false;
            }
        }
        return true;
    }

    private Optional<Attribution> according(List<Integer> free, int k) {
        if (k + 1 < free.size() && words.get(free.get(k)).lower().equals("according")
                && words.get(free.get(k + 1)).lower().equals("to")) {
            return startingAt(free, k + 2).map(a -> new Attribution(a, "according to", Optional.empty()));
        }
        return Optional.empty();
    }

    /** The subject of the cue at {@code k}: next to it (past auxiliaries, adverbs and asides), else by preference. */
    private Optional<Attribution> subjectBefore(List<Integer> free, int k) {
        Words.Word cue = words.get(free.get(k));
        int i = k - 1;
        while (i >= 0) {
            Words.Word w = words.get(free.get(i));
            if (BETWEEN.contains(w.lower())) {
                i--;
            } else if (w.text().equals(")")) {
                int j = i - 1;
                while (j >= 0 && !words.get(free.get(j)).text().equals("(") && i - j < 12) {
                    j--;
                }
                i = j >= 0 && words.get(free.get(j)).text().equals("(") ? j - 1 : i - 1;
            } else if (w.text().equals(",")) {
                int j = i - 1;
                while (j >= 0 && !words.get(free.get(j)).text().equals(",") && i - j < 16) {
                    j--;
                }
                i = j >= 0 && words.get(free.get(j)).text().equals(",") ? j - 1 : i - 1;
            } else {
                break;
            }
        }
        Optional<Actor> adjacent = i < 0 ? Optional.empty() : actorEndingAt(words.get(free.get(i)).span());
        int from = free.isEmpty() ? cue.span().start() : words.get(free.get(0)).span().start();
        List<Actor> inClause = actors.stream()
                .filter(a -> a.span().start() >= from && a.span().end() <= cue.span().start()).toList();
        Optional<Actor> next = adjacent.map(a -> memberOf(a, inClause));
        if (i >= 0 && next.isEmpty() && COORDINATORS.contains(words.get(free.get(i)).lower())) {
            for (int j = i - 1; j >= 0; j--) {
                if (isCue(free, j)) {
                    return subjectBefore(free, j).map(a -> new Attribution(a.subject(), cue.text(), via(free, k)));
                }
            }
        }
        Optional<Actor> subject = inClause.stream().filter(a -> a.kind() != Actor.Kind.PLACE).findFirst();
        Optional<Actor> chosen = cue.lower().endsWith("ing") ? subject.or(() -> next)
                : next.or(() -> inClause.stream().min(Comparator.comparing(Actor::kind)
                        .thenComparing(a -> -a.span().start())));
        return chosen.map(a -> new Attribution(a, cue.text(), via(free, k)));
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "then");
    /** Words after which a name is no longer the subject of an inverted cue ("said that Mr X ..."). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "how", "what", "whether", "if", "to", "it",
            "there", "he", "she", "they", "we", "i", "you", "when", "why", "who");

    /**
     * {@return the person a body's name is attached to ("David Graham from the FDA", "Howard Archer,
     * economist at Global Insight"), else {@code body} itself}
     */
    private Actor memberOf(Actor body, List<Actor> inClause) {
        if (body.kind() == Actor.Kind.PERSON || body.kind() == Actor.Kind.PRONOUN) {
            return body;
        }
        int w = words.firstAtOrAfter(body.span().start()) - 1;
        int stop = w - 6;
        while (w >= 0 && w > stop && (words.get(w).lower().equals("the") || words.get(w).lower().endsWith("'s")
                || words.get(w).lower().endsWith("\u2019s") || (words.get(w).isCapitalized() && !words.get(w).isPunct()))) {
            w--;
        }
        if (w < 0 || !Set.of("of", "from", "at", "for", "with", "in").contains(words.get(w).lower())) {
            return body;
        }
        int limit = words.get(Math.max(0, w - 8)).span().start();
        Optional<Actor> person = inClause.stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                .filter(a -> a.span().end() <= body.span().start() && a.span().start() >= limit)
                .reduce((x, y) -> y);
        return person.orElse(body);
    }

    /** The subject after an inverted cue ("said Tony Blair", "said the chairman of X, Jane Doe"). */
    private Optional<Attribution> subjectAfter(List<Integer> free, int k) {
        Optional<Actor> first = startingAt(free, k + 1);
        if (first.isEmpty() && k + 1 < free.size()) {
            int end = k + 1;
            while (end < free.size() && end - k <= 5 && !CLAUSE_OPENERS.contains(words.get(free.get(end)).lower())) {
                end++;
            }
            first = window(free, k + 1, end - k - 1).stream().filter(a -> a.kind() == Actor.Kind.PERSON).findFirst();
        }
        Optional<Actor> chosen = first;
        if (first.isPresent() && first.get().kind() != Actor.Kind.PERSON) {
            Actor lead = first.get();
            chosen = window(free, k + 1, 16).stream().filter(a -> a.kind() == Actor.Kind.PERSON)
                    .filter(a -> a.span().start() > lead.span().start()).findFirst().or(() -> Optional.of(lead));
        }
        return chosen.map(a -> new Attribution(a, words.get(free.get(k)).text(), Optional.empty()));
    }

    /** {@return the actors within {@code n} free words from {@code k}, stopping at a full stop or colon} */
    private List<Actor> window(List<Integer> free, int k, int n) {
        int end = k;
        while (end < free.size() && end - k < n && !Set.of(".", ":", ";").contains(words.get(free.get(end)).text())) {
            end++;
        }
        if (end == k) {
            return List.of();
        }
        Span span = new Span(words.get(free.get(k)).span().start(), words.get(free.get(end - 1)).span().end());
        return actors.stream().filter(a -> span.contains(a.span())).toList();
    }

    private Optional<Actor> startingAt(List<Integer> free, int k) {
        int i = k;
        while (i < free.size() && Set.of("the", "a", "an", "one", "another").contains(words.get(free.get(i)).lower())) {
            i++;
        }
        if (i >= free.size()) {
            return Optional.empty();
        }
        Span w = words.get(free.get(i)).span();
        Span det = words.get(free.get(Math.min(k, free.size() - 1))).span();
        return actors.stream().filter(a -> a.span().contains(w) || (a.span().start() >= det.start()
                && a.span().start() <= w.start())).findFirst();
    }

    private Optional<Actor> via(List<Integer> free, int k) {
        if (!lexicon.cueBase(words.get(free.get(k)).text()).orElse("").equals("tell")) {
            return Optional.empty();
        }
        return startingAt(free, k + 1).filter(a -> a.kind() == Actor.Kind.ORGANIZATION);
    }

    private Optional<Actor> actorEndingAt(Span w) {
        return actors.stream().filter(a -> a.span().contains(w) || a.span().end() == w.end()).findFirst();
    }

    private boolean isCue(List<Integer> free, int k) {
        Words.Word w = words.get(free.get(k));
        if (lexicon.cueBase(w.text()).isEmpty()) {
            return false;
        }
        if (k > 0 && Set.of("the", "a", "an", "his", "her", "their", "its").contains(words.get(free.get(k - 1)).lower())) {
            return false;
        }
        Optional<Token> t = tokenAt(w.span());
        return t.map(tok -> tok.pos().isEmpty() || tok.pos().startsWith("VB")).orElse(true);
    }

    private Optional<Token> tokenAt(Span s) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() && tokens.get(lo).span().overlaps(s) ? Optional.of(tokens.get(lo)) : Optional.empty();
    }

    /** {@return indices of the words in {@code span} that stand outside every quotation and are no marks} */
    private List<Integer> free(Span span) {
        int[] r = words.within(span);
        List<Integer> free = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
            Words.Word w = words.get(i);
            if (!quoted.test(w.span()) && QuoteMarks.family(w.text().charAt(0)) == null) {
                free.add(i);
            }
        }
        return free;
    }

    private Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? new Sentence(new Span(0, text.length()), 0, 0, 0) : sentences.get(lo);
    }

    /** {@return whether the quotation closes its sentence: "…end." followed by a capital or another quotation} */
    private boolean endsSentence(Span quote, int close) {
        int i = close;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || QuoteMarks.family(text.charAt(i)) != null || close == quote.end()) {
            return true;
        }
        char last = text.charAt(quote.end() - 1);
        return ".!?\u2026".indexOf(last) >= 0 && Character.isUpperCase(text.charAt(i))
                && lexicon.cueBase(words.get(words.firstAtOrAfter(i)).text()).isEmpty();
    }

    private boolean endsWithColon(int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    private int markBefore(int start) {
        int i = start - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return Math.max(0, i);
    }

    private int markAfter(int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && QuoteMarks.family(text.charAt(i)) != null ? i + 1 : end;
    }
}
