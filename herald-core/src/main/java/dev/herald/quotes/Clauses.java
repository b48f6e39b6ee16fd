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
                    Optional<Attribution> byFirst = a;
                    return contrasted(free, k).or(() -> byFirst);
                }
            }
        }
        return Optional.empty();
    }

    /** Conjunctions that open a clause of another speaker: what the first cue reports ends there. */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst", ";");

    /**
     * {@return the attribution by the last cue after {@code k} whose clause opens with a conjunction of
     * contrast ("Ana Silva called it “a gift” while Acme said it was “a real loss”"): the partial
     * quotation is that clause's, not the first cue's}
     */
    private Optional<Attribution> contrasted(List<Integer> free, int k) {
        Optional<Attribution> found = Optional.empty();
        for (int j = k + 1; j < free.size(); j++) {
            if (!CONTRASTS.contains(words.get(free.get(j)).lower())) {
                continue;
            }
            int conjunctionEnd = words.get(free.get(j)).span().end();
            for (int c = j + 1; c < free.size() && c - j <= 6; c++) {
                if (cues.isCue(free, c)) {
                    Optional<Attribution> a = cues.subjectBefore(free, c).filter(x -> x.subject().span().start() >= conjunctionEnd);
                    found = a.isPresent() ? a : found;
                    break;
                }
            }
        }
        return found;
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
        while (w < words.size() && words.get(w).isDash() && dashes < 2) {
            w++;
            dashes++;
        }
        if (dashes == 0 || w >= words.size() || !signatureFollows(close, words.get(w - dashes).span().start(), words.get(w).span().start())) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', words.get(w).span().start());
        List<Integer> line = free(new Span(words.get(w).span().start(), lineEnd < 0 ? text.length() : lineEnd));
        String dash = words.get(w - 1).text();
        return cues.signing(line).map(signer -> new Attribution(signer, dash, Optional.empty()));
    }

    /**
     * {@return whether the dash at {@code dash} and the name at {@code name} sign the quotation that
     * closes at {@code close}: on its line, or opening the next paragraph when the quotation is all
     * of its own ("“…” / - Jane Roe, Tucson", as lists of quotations and fact checks print them)}
     */
    private boolean signatureFollows(int close, int dash, int name) {
        if (text.substring(dash, name).indexOf('\n') >= 0) {
            return false;
        }
        String between = text.substring(close, dash);
        return between.indexOf('\n') < 0 || (between.isBlank() && between.chars().filter(c -> c == '\n').count() <= 2);
    }

    /** {@return the reader of reported speech over the same words, actors and quotations} */
    ReportedClauses reportedSpeech() {
        return new ReportedClauses(text, words, tokens, lexicon, cues, this::free);
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
                if (inverted.isPresent() && (leadingPunctOnly(free, k) || closesInversion(free, k, inverted.get())
                        || invertedAfterComma(free, k, inverted.get().subject()))) {
                    return inverted;
                }
                return cues.subjectBefore(free, k).or(() -> inverted);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether the cue at {@code k} follows a comma and stands before its subject, as "said"
     * does when a clause goes on from the quotation ("“…” that Reed can win, said Ana Silva")} The
     * subject follows the cue with no more than its title between; a verb that takes the one spoken
     * to ("…, told Radio North") and a cue whose complement names someone ("Jo Park, the chair, said of
     * Reed") are not inverted.
     */
    private boolean invertedAfterComma(List<Integer> free, int k, Actor subject) {
        if (k == 0 || !words.get(free.get(k - 1)).text().equals(",") || TAKES_LISTENER.contains(words.get(free.get(k)).lower())) {
            return false;
        }
        int between = 0;
        for (int i = k + 1; i < free.size() && words.get(free.get(i)).span().start() < subject.span().start(); i++) {
            if (Cues.isBetween(words.get(free.get(i)).lower()) || NOT_TITLES.contains(words.get(free.get(i)).lower()) || ++between > 6) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TAKES_LISTENER = Set.of("told", "tell", "tells", "telling", "assured", "warned", "urged");
    private static final Set<String> NOT_TITLES = Set.of("of", "in", "to", "about", "for", "with", "at", "by", "that", "after");

    /**
     * {@return a nearer mention of the one an attribution credits: the pronoun subject of the last cue
     * between the attribution's subject and the quotation, in the quotation's sentence ("He declared
     * that …, which he declared “a disaster”", "Once Ana Silva had left, she angrily said, “…”")} The
     * caller keeps it only when it stands for the same speaker.
     */
    Optional<Attribution> nearerCue(Span quote, Actor subject) {
        int open = markBefore(quote.start());
        if (subject.span().end() > open) {
            return Optional.empty();
        }
        List<Integer> free = free(new Span(sentenceAt(open).span().start(), open));
        Optional<Attribution> nearer = Optional.empty();
        for (int k = 0; k < free.size(); k++) {
            if (words.get(free.get(k)).span().start() > subject.span().end() && cues.isCue(free, k)) {
                Optional<Attribution> a = cues.subjectBefore(free, k).filter(at -> at.subject().kind() == Actor.Kind.PRONOUN
                        && SUBJECT_PRONOUNS.contains(at.subject().text()) && at.subject().span().start() >= subject.span().end()
                        && !opensReportedWords(at.subject()));
                if (a.isPresent()) {
                    nearer = a;
                } else if (words.get(free.get(k)).lower().endsWith("ing")) {
                    Words.Word participle = words.get(free.get(k));
                    Optional<Actor> pronoun = lastSubjectPronoun(subject.span().end(), participle.span().start());
                    if (pronoun.isPresent()) {
                        nearer = Optional.of(new Attribution(pronoun.get(), participle.text(), Optional.empty()));
                    }
                }
            }
        }
        return nearer;
    }

    /**
     * {@return the last pronoun in [from, to) that is the subject of a clause a participle can go on
     * from ("even as he defended the plan, saying", "he used stronger words, saying")} One that opens
     * what a cue reports ("said he would veto it, adding") is not.
     */
    private Optional<Actor> lastSubjectPronoun(int from, int to) {
        Optional<Actor> last = Optional.empty();
        for (Actor a : actors) {
            if (a.span().start() >= from && a.span().end() <= to && a.kind() == Actor.Kind.PRONOUN
                    && SUBJECT_PRONOUNS.contains(a.text()) && !opensReportedWords(a)) {
                last = Optional.of(a);
            }
        }
        return last;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /**
     * {@return whether the pronoun opens what a cue reports ("said that he thinks", "told reporters he
     * believed"): the one reporting speaks, not the pronoun}
     */
    private boolean opensReportedWords(Actor pronoun) {
        int w = words.firstAtOrAfter(pronoun.span().start());
        if (w == 0) {
            return false;
        }
        String before = words.get(w - 1).lower();
        return before.equals("that") || lexicon.cueBase(before).isPresent() || (w > 1 && lexicon.cueBase(words.get(w - 2).lower()).isPresent());
    }

    /**
     * {@return the attribution of the cue whose reported words a pronoun subject opens ("Jo Park said she
     * voted no because “…”", "told reporters that he had spoken …"): the one reporting} The caller keeps
     * it when the pronoun stands for the same speaker, whose words the writer reports at that cue.
     */
    Optional<Attribution> reporterOf(Actor pronoun) {
        if (pronoun.kind() != Actor.Kind.PRONOUN || !SUBJECT_PRONOUNS.contains(pronoun.text()) || !opensReportedWords(pronoun)) {
            return Optional.empty();
        }
        List<Integer> free = free(new Span(sentenceAt(pronoun.span().start()).span().start(), pronoun.span().start()));
        for (int k = free.size() - 1; k >= 0 && k >= free.size() - REPORTER_REACH; k--) {
            if (cues.isCue(free, k)) {
                return cues.subjectBefore(free, k).filter(a -> a.subject().span().end() <= pronoun.span().start());
            }
        }
        return Optional.empty();
    }

    /** How many words before a pronoun its reporting cue may stand ("told reporters that he"). */
    private static final int REPORTER_REACH = 4;

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

    /**
     * {@return whether the cue at {@code k} follows a comma and its subject after it ends the sentence
     * ("… of staff, which had “hurt” its work, said the committee."): the clause before the comma is what
     * was said, and its own subject does not speak} Not for a cue whose object follows it ("Jo Park, a
     * director, told The Post."): the one told does not speak.
     */
    private boolean closesInversion(List<Integer> free, int k, Attribution inverted) {
        String base = lexicon.cueBase(words.get(free.get(k)).text()).orElse("");
        if (k == 0 || !words.get(free.get(k - 1)).text().equals(",") || base.equals("tell") || base.equals("ask")) {
            return false;
        }
        int end = inverted.subject().span().end();
        int next = k + 1;
        while (next < free.size() && words.get(free.get(next)).span().start() < end) {
            // "…, said of Reed." names whom the words are about, not who spoke them
            if (words.get(free.get(next)).span().start() < inverted.subject().span().start()
                    && NOT_TITLES.contains(words.get(free.get(next)).lower())) {
                return false;
            }
            next++;
        }
        return next >= free.size() || words.get(free.get(next)).text().equals(".");
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
