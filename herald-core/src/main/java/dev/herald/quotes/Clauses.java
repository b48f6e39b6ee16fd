package dev.herald.quotes;

import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.ArrayList;
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
    private static final int NEAR = 10;

    private final String text;
    private final Words words;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<Actor> actors;
    private final Predicate<Span> quoted;
    private final Lexicon lexicon;
    private final Cues cues;

    Clauses(String text, Words words, List<Sentence> sentences, List<Token> tokens, List<Actor> actors,
            Predicate<Span> quoted, Lexicon lexicon) {
        this.text = text;
        this.words = words;
        this.sentences = sentences;
        this.tokens = tokens;
        this.actors = actors.stream().filter(a -> !quoted.test(a.span())).toList();
        this.quoted = quoted;
        this.lexicon = lexicon;
        this.cues = new Cues(words, tokens, this.actors, lexicon);
    }

    /** {@return who the words of the quotation at {@code quote} (marks excluded) are attributed to} */
    Optional<Attribution> forQuote(Span quote, boolean direct) {
        int open = markBefore(quote.start());
        int close = markAfter(quote.end());
        Span before = new Span(sentenceAt(open).span().start(), open);
        if (free(before).stream().noneMatch(i -> !words.get(i).isPunct()) && endsWithColon(open)) {
            before = new Span(sentenceAt(Math.max(0, before.start() - 1)).span().start(), open);
        }
        Span after = endsSentence(quote, close) ? new Span(close, close) : new Span(close, clauseEnd(open, close));
        List<Integer> b = free(before);
        List<Integer> a = free(after);
        Optional<Attribution> near = afterQuote(a, NEAR);
        Optional<Attribution> preceding = last(b);
        if (direct) {
            return signed(open, close).or(() -> near).or(() -> preceding).or(() -> introduced(open))
                    .or(() -> afterQuote(a, a.size())).or(() -> labelled(open));
        }
        return first(b).or(() -> afterQuote(a, a.size()));
    }

    /**
     * {@return the attribution of a partial quotation by the words before it: the first cue of the
     * sentence that has a subject} A cue nearer the quotation stands inside what the first one
     * reports ("Israel said Clinton called on members to be “closely coordinated”", "Hollande said,
     * noting the nominee “makes you want to retch”"): the words are credited to the one reporting them.
     */
    private Optional<Attribution> first(List<Integer> free) {
        for (int k = 0; k < free.size(); k++) {
            Optional<Attribution> according = cues.according(free, k);
            if (according.isPresent()) {
                return according;
            }
            if (cues.isCue(free, k)) {
                int cue = k;
                Optional<Attribution> a = cues.subjectBefore(free, cue);
                if (a.isEmpty() && (k == 0 || words.get(free.get(k - 1)).text().equals(","))) {
                    a = cues.subjectAfter(free, cue);
                }
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return where the writer's words after a quotation that does not close its sentence end} The
     * sentence splitter may end a sentence at "!”" or "?”" although the writer's clause goes on
     * ("“… AGAIN!” he tweeted"): then the clause is the next sentence, on the same line. A new
     * paragraph opens the next speaker's words ("Ana asked, “Will you run?” / Ken continued, “Yes.”").
     */
    private int clauseEnd(int open, int close) {
        int end = sentenceAt(Math.max(open, close - 1)).span().end();
        int next = close;
        boolean newLine = false;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            newLine |= text.charAt(next) == '\n';
            next++;
        }
        if (next < text.length() && end <= next && !newLine) {
            end = sentenceAt(next).span().end();
        }
        return Math.max(close, end);
    }

    /**
     * {@return whether the sentence is the writer's clause after a quotation that the sentence
     * splitter cut off from it ("“… AGAIN!” he tweeted during the first half.")}
     */
    boolean continuesQuotation(Sentence s) {
        int i = s.span().start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        if (i < 0 || QuoteMarks.family(text.charAt(i)) == null || s.span().start() >= text.length()) {
            return false;
        }
        return Character.isLowerCase(text.charAt(s.span().start()))
                || (i > 0 && "!?".indexOf(text.charAt(i - 1)) >= 0 && nameAndCueAt(s.span().start()));
    }

    /**
     * {@return whether the words at {@code offset} are a name or a capitalized pronoun and its cue, the
     * writer's clause after a question or an exclamation ("“Who knows?” Ana Silva told the radio")}
     */
    private boolean nameAndCueAt(int offset) {
        int w = words.firstAtOrAfter(offset);
        for (int n = 0; n < 5 && w + n < words.size(); n++) {
            Words.Word word = words.get(w + n);
            if (n > 0 && !word.isCapitalized() && lexicon.cueBase(word.text()).isPresent()) {
                return true;
            }
            boolean abbreviated = n > 0 && word.text().equals(".") && words.get(w + n - 1).text().length() <= 4;
            if (!word.isCapitalized() && !abbreviated) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@return the speaker of a quotation labelled with a name and a colon, as transcripts, round-ups
     * and lists of reactions write them ("Clinton: “…”", "… - Pew Research: “…”")} The name must open
     * its sentence or follow a dash, a full stop or another quotation.
     */
    private Optional<Attribution> labelled(int open) {
        return beforeColon(open).flatMap(cues::labelling).map(a -> new Attribution(a, ":", Optional.empty()));
    }

    /**
     * {@return the speaker of a quotation that a clause without a cue introduces with a colon: the
     * clause's subject ("Sanders delivered a snappy retort: “…”", "He went on: “…”") or the source
     * after "from" ("More from the report: “…”")}
     */
    private Optional<Attribution> introduced(int open) {
        return beforeColon(open).flatMap(cues::introducing).map(a -> new Attribution(a, ":", Optional.empty()));
    }

    /** {@return the free words of the sentence before the colon that ends right before {@code open}, if one does} */
    private Optional<List<Integer>> beforeColon(int open) {
        if (!endsWithColon(open)) {
            return Optional.empty();
        }
        int colon = words.firstAtOrAfter(text.lastIndexOf(':', open));
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(free(new Span(sentenceAt(words.get(colon).span().start()).span().start(),
                words.get(colon).span().start())));
    }

    /** The marks that set a signature off from the quotation it signs ("― Jane Roe", "-- Jane Roe"). */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2015");

    /**
     * {@return the speaker of a quotation that opens its line and is signed after a dash on the same
     * line, as pull-quotes, epigraphs and readers' responses are ("“…” ― Jane Roe", "“…” — Jane Roe,
     * Tucson")} A quotation inside the writer's sentence ("… was “still the first force.”--Kim Lee")
     * does not open its line: the name after it is the writer's byline.
     */
    private Optional<Attribution> signed(int open, int close) {
        int lineStart = text.lastIndexOf('\n', open - 1) + 1;
        if (!text.substring(lineStart, open).isBlank()) {
            return Optional.empty();
        }
        int w = words.firstAtOrAfter(close);
        int dashes = 0;
        while (w < words.size() && DASHES.contains(words.get(w).text()) && dashes < 2) {
            w++;
            dashes++;
        }
        if (dashes == 0 || w >= words.size() || text.substring(close, words.get(w).span().start()).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', words.get(w).span().start());
        List<Integer> line = free(new Span(words.get(w).span().start(), lineEnd < 0 ? text.length() : lineEnd));
        String dash = words.get(w - 1).text();
        return cues.signing(line).map(signer -> new Attribution(signer, dash, Optional.empty()));
    }

    /** Reported speech: who, and the span of what they are reported to have said. */
    record Reported(Attribution attribution, Span content) {
    }

    /**
     * {@return the reported speech of a sentence without quotation marks: "X said (that) CONTENT",
     * "CONTENT, X said", "CONTENT, said X", "CONTENT, X said, CONTENT", with at least {@code minWords}
     * words of content} The content starts with "that" where it follows the cue, as PolNeAR marks it.
     * A sentence whose cue stands between two parts of what was said gives both parts.
     */
    List<Reported> reported(Sentence s, Set<String> reportingVerbs, int minWords) {
        List<Integer> free = free(s.span());
        for (int k = 0; k < free.size(); k++) {
            Optional<Reported> according = according(s, free, k, minWords);
            if (according.isPresent()) {
                return List.of(according.get());
            }
            boolean reporting = cues.isCue(free, k)
                    && reportingVerbs.contains(lexicon.cueBase(words.get(free.get(k)).text()).orElse(""));
            if (!reporting && !verbBeforeThat(free, k)) {
                continue;
            }
            Optional<List<Reported>> found = reportedAt(s, free, k, minWords);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return List.of();
    }

    /** {@return the reported speech of the cue at {@code k}; empty when the cue has no subject and the search goes on} */
    private Optional<List<Reported>> reportedAt(Sentence s, List<Integer> free, int k, int minWords) {
        Words.Word cue = words.get(free.get(k));
        boolean afterComma = k > 0 && words.get(free.get(k - 1)).text().equals(",");
        Optional<Attribution> inverted = afterComma ? cues.subjectAfter(free, k).filter(a -> closesClause(free, a.subject()))
                : Optional.empty();
        if (inverted.isPresent()) {
            return Optional.of(listOf(content(s, s.span().start(), words.get(free.get(k - 1)).span().start(), minWords)
                    .map(c -> new Reported(inverted.get(), c))));
        }
        Optional<Attribution> subject = cues.subjectBefore(free, k)
                .filter(a -> near(free, a.subject(), k) || subjectOfCoordinatedVerb(s, free, a.subject(), k));
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int w = leadingWordBefore(subject.get().subject());
        boolean commaBefore = w >= 0 && words.get(w).text().equals(",") && w > words.firstAtOrAfter(s.span().start());
        if (commaBefore && k + 2 < free.size() && words.get(free.get(k + 1)).text().equals(",")) {
            return Optional.of(parenthetical(s, free, k, w, subject.get(), minWords));
        }
        if (commaBefore && w > words.firstAtOrAfter(s.span().start()) + 2 && !clauseFollows(free, k)) {
            return Optional.of(listOf(content(s, s.span().start(), words.get(w).span().start(), minWords)
                    .map(c -> new Reported(subject.get(), c))));
        }
        int from = k + 1;
        for (int j = k + 1; j < free.size() && j <= k + 6; j++) {
            if (words.get(free.get(j)).lower().equals("that")) {
                from = j;
                break;
            }
        }
        if (from == k + 1 && lexicon.cueBase(cue.text()).orElse("").equals("tell")) {
            return Optional.empty();
        }
        if (from >= free.size()) {
            return Optional.empty();
        }
        return Optional.of(listOf(content(s, words.get(free.get(from)).span().start(), s.span().end(), minWords)
                .map(c -> new Reported(subject.get(), c))));
    }

    /** Verbs whose "that" opens no stated position: being, having, doing, meaning. */
    private static final Set<String> NOT_STATING = Set.of("is", "was", "are", "were", "be", "been", "being", "am", "'s",
            "has", "have", "had", "do", "does", "did", "mean", "means", "meant", "so", "make", "makes", "made",
            "ensure", "ensures", "ensured", "see", "saw", "seen");

    /**
     * {@return whether the word at {@code k} is a verb (by its tag) whose object is a clause opened by
     * "that": "all agreed that …", "McConnell came away convinced that …", "Twelve percent indicated
     * that …"} PolNeAR counts a stated belief or finding as much as a statement. Needs the parts of speech.
     */
    private boolean verbBeforeThat(List<Integer> free, int k) {
        if (k + 1 >= free.size() || !words.get(free.get(k + 1)).lower().equals("that")
                || NOT_STATING.contains(words.get(free.get(k)).lower())) {
            return false;
        }
        Optional<Token> verb = Tokens.at(tokens, words.get(free.get(k)).span());
        Optional<Token> that = Tokens.at(tokens, words.get(free.get(k + 1)).span());
        return verb.isPresent() && verb.get().pos().startsWith("VB") && that.isPresent() && that.get().pos().equals("IN");
    }

    /**
     * {@return both parts of what was said around a cue set off by commas: "The museum, Mr. Obama said,
     * would make visitors face uncomfortable truths"} Together they hold at least {@code minWords} words.
     */
    private List<Reported> parenthetical(Sentence s, List<Integer> free, int k, int commaBefore, Attribution who, int minWords) {
        Optional<Span> before = content(s, s.span().start(), words.get(commaBefore).span().start(), 1);
        Optional<Span> after = content(s, words.get(free.get(k + 2)).span().start(), s.span().end(), 1);
        int n = before.map(this::wordCount).orElse(0) + after.map(this::wordCount).orElse(0);
        if (n < minWords) {
            return List.of();
        }
        List<Reported> parts = new ArrayList<>();
        before.ifPresent(c -> parts.add(new Reported(who, c)));
        after.ifPresent(c -> parts.add(new Reported(who, c)));
        return parts;
    }

    /**
     * {@return whether the subject of an inverted cue ends the writer's clause ("…, said Ana Silva.",
     * "…, said the minister on Monday"), unlike "…, said he would order a review", where it opens what
     * was said}
     */
    private boolean closesClause(List<Integer> free, Actor subject) {
        int next = words.firstAtOrAfter(subject.span().end());
        if (next >= words.size() || !free.contains(next)) {
            return true;
        }
        Words.Word w = words.get(next);
        return w.isPunct() || ADJUNCTS.contains(w.lower());
    }

    /** Words that may open a subject before the actor found in it: determiners, numbers, quantifiers. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("a", "an", "the", "one", "two", "three", "some", "many",
            "several", "other", "another", "his", "her", "their", "its", "our", "most", "all", "both");

    /**
     * {@return the index of the word before the whole subject: past its determiner and the titles that
     * precede a name ("…, one county official said", "…, Mayor John Harmon said")}
     */
    private int leadingWordBefore(Actor subject) {
        int w = words.firstAtOrAfter(subject.span().start()) - 1;
        int stop = w - 4;
        while (w >= 0 && w > stop && !words.get(w).isPunct() && (SUBJECT_OPENERS.contains(words.get(w).lower())
                || words.get(w).isCapitalized() || lexicon.isTitle(words.get(w).lower()))) {
            w--;
        }
        return w;
    }

    private static <T> List<T> listOf(Optional<T> item) {
        return item.map(List::of).orElse(List.of());
    }

    /**
     * {@return whether the cue at {@code k} opens what was said: "Asked about the map, Reid said the
     * party should brace", not "The plan is dead, officials said on Monday"} What follows must be a
     * clause (at least three words) that opens with no preposition, adverb of time or punctuation.
     */
    private boolean clauseFollows(List<Integer> free, int k) {
        if (k + 3 >= free.size()) {
            return false;
        }
        Words.Word next = words.get(free.get(k + 1));
        for (int j = k + 1; j <= k + 3; j++) {
            if (words.get(free.get(j)).isPunct()) {
                return false;
            }
        }
        return !ADJUNCTS.contains(next.lower()) && !Cues.isBetween(next.lower())
                && lexicon.cueBase(next.text()).isEmpty();
    }

    /** Words that open an adjunct of the cue rather than what was said ("said on Monday", "said in a statement"). */
    private static final Set<String> ADJUNCTS = Set.of("on", "in", "at", "during", "after", "before", "from", "with",
            "by", "to", "via", "while", "when", "as", "outside", "about", "of", "for", "over", "earlier",
            "late", "this", "last", "and", "but", "so", "then");

    /**
     * {@return "CONTENT, according to X." or "According to X, CONTENT."} The content is the sentence
     * before the comma that precedes "according to", or after the comma that closes its source.
     */
    private Optional<Reported> according(Sentence s, List<Integer> free, int k, int minWords) {
        Optional<Attribution> source = cues.according(free, k);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (k > 0 && words.get(free.get(k - 1)).text().equals(",")) {
            return content(s, s.span().start(), words.get(free.get(k - 1)).span().start(), minWords)
                    .map(c -> new Reported(source.get(), c));
        }
        int end = source.get().subject().span().end();
        for (int j = k + 2; j < free.size(); j++) {
            Words.Word w = words.get(free.get(j));
            if (w.span().start() >= end && w.text().equals(",")) {
                return j + 1 < free.size() ? content(s, words.get(free.get(j + 1)).span().start(), s.span().end(), minWords)
                        .map(c -> new Reported(source.get(), c)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether {@code subject} opens the sentence and the cue at {@code k} is the second of two
     * verbs it governs: "President Barack Obama met survivors of the attack and said the country must act"}
     */
    private boolean subjectOfCoordinatedVerb(Sentence s, List<Integer> free, Actor subject, int k) {
        if (k == 0 || !Set.of("and", "but").contains(words.get(free.get(k - 1)).lower())) {
            return false;
        }
        int before = leadingWordBefore(subject);
        return before < words.firstAtOrAfter(s.span().start());
    }

    private boolean near(List<Integer> free, Actor subject, int k) {
        int between = 0;
        for (int i = k - 1; i >= 0 && words.get(free.get(i)).span().start() >= subject.span().end(); i--) {
            between++;
        }
        return between <= 4 || words.get(free.get(k - 1)).text().equals(",");
    }

    private Optional<Span> content(Sentence s, int start, int end, int minWords) {
        int b = start;
        while (b < end && (Character.isWhitespace(text.charAt(b)) || ",;:".indexOf(text.charAt(b)) >= 0)) {
            b++;
        }
        int e = end;
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        Span span = new Span(b, Math.max(b, e));
        return wordCount(span) >= minWords && s.span().contains(span) ? Optional.of(span) : Optional.empty();
    }

    private int wordCount(Span span) {
        int[] r = words.within(span);
        return (int) java.util.stream.IntStream.range(r[0], r[1]).filter(i -> !words.get(i).isPunct()).count();
    }

    /** {@return the attribution of a sentence without quotation marks (reported speech)} */
    Optional<Attribution> forSentence(Sentence s) {
        List<Integer> free = free(s.span());
        for (int k = 0; k < free.size(); k++) {
            if (cues.isCue(free, k)) {
                int cue = k;
                boolean inverted = k == 0 || words.get(free.get(k - 1)).text().equals(",");
                Optional<Attribution> a = inverted ? cues.subjectAfter(free, cue).or(() -> cues.subjectBefore(free, cue))
                        : cues.subjectBefore(free, cue);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> afterQuote(List<Integer> free, int within) {
        for (int k = 0; k < free.size() && k < within; k++) {
            Optional<Attribution> according = cues.according(free, k);
            if (according.isPresent()) {
                return according;
            }
            if (cues.isCue(free, k)) {
                Optional<Attribution> inverted = cues.subjectAfter(free, k);
                if (leadingPunctOnly(free, k) && inverted.isPresent()) {
                    return inverted;
                }
                return cues.subjectBefore(free, k).or(() -> inverted);
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> last(List<Integer> free) {
        for (int k = free.size() - 1; k >= 0; k--) {
            Optional<Attribution> according = cues.according(free, k);
            if (according.isPresent()) {
                return according;
            }
            if (cues.isCue(free, k)) {
                int cue = k;
                Optional<Attribution> a = cues.subjectBefore(free, cue).or(() -> cues.subjectAfter(free, cue));
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
        int lo = SentenceIndex.at(sentences, offset);
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
                && lexicon.cueBase(words.get(words.firstAtOrAfter(i)).text()).isEmpty()
                && !("!?".indexOf(last) >= 0 && nameAndCueAt(i));
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
