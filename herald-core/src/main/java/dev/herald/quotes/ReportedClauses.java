package dev.herald.quotes;

import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the reported speech of a sentence (what {@link ReportedSpeechFinder} adds): every cue of the
 * sentence with its subject and the words it reports, "X said (that) CONTENT", "CONTENT, X said",
 * "CONTENT, said X", "CONTENT, X said, CONTENT", "according to X". A sentence may hold several ("A said
 * X, while B argued Y", "A said X and added Y") and direct quotations, whose own cues are not read
 * again. Built per article by {@link Clauses#reportedSpeech()}; not shared across threads.
 */
final class ReportedClauses {
    private final String text;
    private final Words words;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Cues cues;
    /** The words of a span outside every quotation, marks left out. */
    private final Function<Span, List<Integer>> free;
    private final ReportedBounds bounds;
    private final ReportedSubjects subjects;

    ReportedClauses(String text, Words words, List<Token> tokens, Lexicon lexicon, Cues cues,
                    Function<Span, List<Integer>> free) {
        this.text = text;
        this.words = words;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.cues = cues;
        this.free = free;
        this.bounds = new ReportedBounds(text, words);
        this.subjects = new ReportedSubjects(text, words, tokens, cues);
    }

    /**
     * Reported speech: who, the span of what they are reported to have said, and the writer's words
     * that attribute it (the subject and the cue, "according to" and its source).
     */
    record Reported(Attribution attribution, Span content, Span clause) {
    }

    /**
     * {@return the reported speech of a sentence, with at least {@code minWords} words of content each}
     * The content starts with "that" where it follows the cue, as PolNeAR marks it. A sentence whose cue
     * stands between two parts of what was said gives both parts. The cues of the direct quotations
     * of the sentence ({@code direct}) are theirs and not read; what another cue reports stays clear of
     * those quotations and their clauses, and of the clauses of other cues that a comma or a
     * conjunction sets apart ("A said X, while B argued Y"); a cue inside what another reports ("A said
     * B had agreed to X") gives both.
     *
     * @param reporting whether a word is a form of a reporting verb
     */
    List<Reported> reported(Sentence s, Predicate<String> reporting, int minWords, List<Quote> direct) {
        List<Integer> free = this.free.apply(s.span());
        Set<Integer> theirs = new HashSet<>();
        List<Span> taken = new ArrayList<>();
        for (Quote q : direct) {
            taken.add(bounds.withMarks(q.span()));
            bounds.ownCue(q, s, free).ifPresent(i -> {
                theirs.add(i);
                taken.add(bounds.clauseOf(q, words.get(i).span(), s));
            });
        }
        List<Reported> found = new ArrayList<>(labelled(s, free, minWords));
        for (int k = 0; k < free.size(); k++) {
            if (theirs.contains(free.get(k))) {
                continue;
            }
            Optional<Reported> according = according(s, free, k, minWords);
            if (according.isPresent()) {
                found.add(according.get());
                continue;
            }
            boolean cue = reporting.test(words.get(free.get(k)).text()) && cues.standsAsVerb(free, k);
            if (cue || verbBeforeThat(free, k)) {
                reportedAt(s, free, k, minWords).ifPresent(found::addAll);
            }
        }
        return bounds.bounded(found, taken, minWords);
    }

    /**
     * {@return what a sentence that opens with a name or a body and a colon gives to it, as headlines
     * and transcripts write it ("Ana Silva: The plan has failed", "SILVA: We will not vote for it")}
     */
    private List<Reported> labelled(Sentence s, List<Integer> free, int minWords) {
        int colon = 0;
        while (colon < free.size() && colon < 8 && !words.get(free.get(colon)).text().equals(":")) {
            colon++;
        }
        if (colon == 0 || colon >= free.size() - 1 || colon == 8) {
            return List.of();
        }
        Span mark = words.get(free.get(colon)).span();
        return listOf(cues.labelling(free.subList(0, colon)).flatMap(label -> content(s, mark.end(), s.span().end(), minWords)
                .map(c -> new Reported(new Attribution(label, ":", Optional.empty()), c, new Span(label.span().start(), mark.end())))));
    }

    /** {@return the reported speech of the cue at {@code k}; empty when the cue has no subject and the search goes on} */
    private Optional<List<Reported>> reportedAt(Sentence s, List<Integer> free, int k, int minWords) {
        Words.Word cue = words.get(free.get(k));
        boolean afterComma = k > 0 && words.get(free.get(k - 1)).text().equals(",");
        Optional<Attribution> inverted = afterComma && !namedBeforeAside(s, free, k)
                ? cues.subjectAfter(free, k).filter(a -> closesClause(free, a.subject())) : Optional.empty();
        if (inverted.isPresent()) {
            Span clause = new Span(cue.span().start(), inverted.get().subject().span().end());
            return Optional.of(listOf(content(s, s.span().start(), words.get(free.get(k - 1)).span().start(), minWords)
                    .map(c -> new Reported(inverted.get(), c, clause))));
        }
        Optional<Attribution> subject = subjects.relativeSubject(free, k).or(() -> cues.subjectBefore(free, k)
                .filter(a -> near(free, a.subject(), k) || subjectOfCoordinatedVerb(s, free, a.subject(), k)))
                .or(() -> subjects.shareSubject(free, k));
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Span clause = near(free, subject.get().subject(), k)
                ? new Span(Math.min(subject.get().subject().span().start(), cue.span().start()), cue.span().end())
                : new Span(words.get(free.get(k - 1)).span().start(), cue.span().end());
        int w = leadingWordBefore(subject.get().subject());
        boolean commaBefore = w >= 0 && words.get(w).text().equals(",") && w > words.firstAtOrAfter(s.span().start());
        if (commaBefore && k + 2 < free.size() && words.get(free.get(k + 1)).text().equals(",")) {
            return Optional.of(parenthetical(s, free, k, w, subject.get(), clause, minWords));
        }
        if (commaBefore && w > words.firstAtOrAfter(s.span().start()) + 2 && !clauseFollows(free, k)
                && lexicon.cueBase(cue.text()).isPresent() && !ADVERBIAL_OPENERS.contains(words.get(free.get(0)).lower())) {
            return Optional.of(listOf(content(s, s.span().start(), words.get(w).span().start(), minWords)
                    .map(c -> new Reported(subject.get(), c, clause))));
        }
        int from = k + 1;
        for (int j = k + 1; j < free.size() && j <= k + 6; j++) {
            if (words.get(free.get(j)).lower().equals("that")) {
                from = j;
                break;
            }
        }
        if (from == k + 1 && lexicon.cueBase(cue.text()).orElse("").equals("tell")) {
            from = afterTold(free, k);
        }
        if (from >= free.size()) {
            return Optional.empty();
        }
        return Optional.of(listOf(content(s, words.get(free.get(from)).span().start(), s.span().end(), minWords)
                .map(c -> new Reported(subject.get(), c, clause))));
    }

    /**
     * Words that open an adverbial clause or phrase before the subject ("When she arrived, she declined
     * to …", "Later in the show, Maher stated …"): what stands before the subject's comma is then no
     * content.
     */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("when", "as", "after", "before", "while", "if",
            "although", "though", "since", "because", "at", "in", "on", "during", "later", "earlier", "following",
            "despite", "once", "until", "with", "by", "asked", "speaking");

    /** Who is told: "told him", "told reporters". */
    private static final Set<String> TOLD = Set.of("him", "her", "them", "me", "us", "you", "reporters", "journalists");
    /** Words that open a clause after "told X" without "that": "told POLITICO he planned to stay neutral". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i", "it", "there", "the", "his",
            "her", "their", "its", "our");

    /**
     * {@return where what was told starts when no "that" follows the cue: after the one told (a name, a body,
     * "him", "reporters") and a time ("on Saturday"), where a clause opens with a pronoun or a determiner;
     * else past the sentence, for none}
     */
    private int afterTold(List<Integer> free, int k) {
        int j = k + 1;
        if (j < free.size() && TOLD.contains(words.get(free.get(j)).lower())) {
            j++;
        } else {
            Optional<Actor> told = cues.startingAt(free, j);
            if (told.isEmpty()) {
                return free.size();
            }
            while (j < free.size() && words.get(free.get(j)).span().start() < told.get().span().end()) {
                j++;
            }
        }
        while (j < free.size() && Cues.isBetween(words.get(free.get(j)).lower())) {
            j++;
        }
        return j < free.size() && CLAUSE_SUBJECTS.contains(words.get(free.get(j)).lower()) ? j : free.size();
    }

    /**
     * {@return whether the sentence opens with a name set off by an aside that the comma before the cue
     * closes ("Jane Doe, a lawyer for the town, said the council …"): the cue is then not inverted}
     */
    private boolean namedBeforeAside(Sentence s, List<Integer> free, int k) {
        Optional<Actor> subject = cues.subjectBefore(free, k).map(Attribution::subject)
                .filter(a -> a.kind() != Actor.Kind.DESCRIPTION && a.kind() != Actor.Kind.PRONOUN);
        if (subject.isEmpty()) {
            return false;
        }
        int next = words.firstAtOrAfter(subject.get().span().end());
        return next < words.size() && words.get(next).text().equals(",") && free.indexOf(next) < k - 1
                && leadingWordBefore(subject.get()) < words.firstAtOrAfter(s.span().start());
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
    private List<Reported> parenthetical(Sentence s, List<Integer> free, int k, int commaBefore, Attribution who, Span clause,
                                         int minWords) {
        Optional<Span> before = content(s, s.span().start(), words.get(commaBefore).span().start(), 1);
        Optional<Span> after = content(s, words.get(free.get(k + 2)).span().start(), s.span().end(), 1);
        int n = before.map(this::wordCount).orElse(0) + after.map(this::wordCount).orElse(0);
        if (n < minWords) {
            return List.of();
        }
        List<Reported> parts = new ArrayList<>();
        before.ifPresent(c -> parts.add(new Reported(who, c, clause)));
        after.ifPresent(c -> parts.add(new Reported(who, c, clause)));
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
        int end = source.get().subject().span().end();
        Span clause = new Span(words.get(free.get(k)).span().start(), Math.max(end, words.get(free.get(k + 1)).span().end()));
        if (k > 0 && words.get(free.get(k - 1)).text().equals(",")) {
            return content(s, s.span().start(), words.get(free.get(k - 1)).span().start(), minWords)
                    .map(c -> new Reported(source.get(), c, clause));
        }
        for (int j = k + 2; j < free.size(); j++) {
            Words.Word w = words.get(free.get(j));
            if (w.span().start() >= end && w.text().equals(",")) {
                return j + 1 < free.size() ? content(s, words.get(free.get(j + 1)).span().start(), s.span().end(), minWords)
                        .map(c -> new Reported(source.get(), c, clause)) : Optional.empty();
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
        return bounds.wordCount(span);
    }
}
