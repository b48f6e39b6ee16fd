package dev.herald.quotes;

import dev.herald.model.Quote;
import dev.herald.model.Sentence;
import dev.herald.model.Speaker;
import dev.herald.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where the contents of reported speech stop in a sentence that holds several attributions: the direct
 * quotations and their own cues, and the clauses of other cues set apart by a comma or a conjunction.
 * Built per article with the reading of reported speech; not shared across threads.
 */
final class ReportedBounds {
    private final String text;
    private final Words words;

    ReportedBounds(String text, Words words) {
        this.text = text;
        this.words = words;
    }

    /**
     * {@return the word index of a direct quotation's own cue in its sentence: the word of its cue
     * nearest its speaker's mention (or the quotation)}
     */
    Optional<Integer> ownCue(Quote q, Sentence s, List<Integer> free) {
        if (q.cue().isEmpty()) {
            return Optional.empty();
        }
        String first = q.cue().get().split(" ")[0].toLowerCase(Locale.ROOT);
        int anchor = q.speaker().flatMap(Speaker::mention).filter(m -> s.span().contains(m)).map(Span::start)
                .orElse(q.span().start());
        return free.stream().filter(i -> words.get(i).lower().equals(first))
                .min(Comparator.comparingInt(i -> Math.abs(words.get(i).span().start() - anchor)));
    }

    /** {@return the writer's words that attribute a direct quotation: its cue and, in the same sentence, its source} */
    Span clauseOf(Quote q, Span cue, Sentence s) {
        Optional<Span> source = q.speaker().flatMap(sp -> sp.source().or(sp::mention)).filter(m -> s.span().contains(m));
        return source.map(m -> new Span(Math.min(m.start(), cue.start()), Math.max(m.end(), cue.end()))).orElse(cue);
    }

    /** {@return a quotation's span with the marks around it} */
    Span withMarks(Span quote) {
        int b = quote.start();
        while (b > 0 && (Character.isWhitespace(text.charAt(b - 1)) || QuoteMarks.family(text.charAt(b - 1)) != null)) {
            b--;
        }
        int e = quote.end();
        while (e < text.length() && (Character.isWhitespace(text.charAt(e)) || QuoteMarks.family(text.charAt(e)) != null)) {
            e++;
        }
        return new Span(b, e);
    }

    /** Words that set a clause apart from what goes before it. */
    static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "or", "while", "whereas", "although",
            "though", "as", "so", "because", "yet", "then", "when", "after", "before", "since");

    /**
     * {@return the reported speech found, each content kept clear of the quotations and their clauses
     * ({@code taken}) and of the clauses of the other cues that stand apart from it}
     */
    List<ReportedClauses.Reported> bounded(List<ReportedClauses.Reported> found, List<Span> taken, int minWords) {
        List<ReportedClauses.Reported> clipped = new ArrayList<>();
        for (ReportedClauses.Reported r : found) {
            List<Span> obstacles = new ArrayList<>(taken);
            found.stream().filter(o -> o != r && !o.clause().equals(r.clause()) && setApart(o.clause()))
                    .forEach(o -> obstacles.add(o.clause()));
            clear(r.content(), r.clause(), obstacles).filter(c -> c.equals(r.content()) || wordCount(c) >= minWords)
                    .ifPresent(c -> clipped.add(new ReportedClauses.Reported(r.attribution(), c, r.clause())));
        }
        List<ReportedClauses.Reported> kept = new ArrayList<>();
        for (ReportedClauses.Reported r : clipped) {
            // "A declined to say how many …": the inner cue repeats what the outer one reports.
            boolean repeats = clipped.stream().anyMatch(o -> o.attribution().subject().equals(r.attribution().subject())
                    && o.content().contains(r.content()) && !o.content().equals(r.content()));
            if (!repeats && kept.stream().noneMatch(k -> k.content().equals(r.content()))) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** {@return whether a clause opens with a conjunction or follows one, or a comma, semicolon or dash} */
    private boolean setApart(Span clause) {
        int i = words.firstAtOrAfter(clause.start());
        if (i < words.size() && CLAUSE_LINKS.contains(words.get(i).lower())) {
            return true;
        }
        String before = i > 0 ? words.get(i - 1).lower() : ".";
        return CLAUSE_LINKS.contains(before) || before.equals(",") || before.equals(";") || i > 0 && words.get(i - 1).isDash();
    }

    /**
     * {@return the part of {@code content} next to its clause that no obstacle overlaps, without the
     * commas and conjunctions left at its edges} Empty when an obstacle holds its first word.
     */
    private Optional<Span> clear(Span content, Span clause, List<Span> obstacles) {
        int b = content.start();
        int e = content.end();
        boolean after = b >= clause.end();
        for (Span o : obstacles) {
            if (o.start() <= b && b < o.end() && after) {
                return Optional.empty();
            }
            if (after && b < o.start() && o.start() < e) {
                e = o.start();
            } else if (!after && b < o.end() && o.end() <= e) {
                b = Math.max(b, o.end());
            }
        }
        return b == content.start() && e == content.end() ? Optional.of(content) : trimmed(b, e);
    }

    private Optional<Span> trimmed(int start, int end) {
        int[] r = words.within(new Span(start, end));
        int from = r[0];
        int to = r[1];
        while (from < to && (edge(words.get(from)) || CLAUSE_LINKS.contains(words.get(from).lower()))) {
            from++;
        }
        while (to > from && (edge(words.get(to - 1)) || CLAUSE_LINKS.contains(words.get(to - 1).lower()))) {
            to--;
        }
        return from < to ? Optional.of(new Span(words.get(from).span().start(), words.get(to - 1).span().end()))
                : Optional.empty();
    }

    /** {@return whether a word is a mark that does not open or close what was said: a comma, stop, dash or quotation mark} */
    private static boolean edge(Words.Word w) {
        return w.isPunct() && (",.;:\u2014\u2013-".contains(w.text()) || QuoteMarks.family(w.text().charAt(0)) != null);
    }

    /** {@return the words of {@code span} that are no punctuation} */
    int wordCount(Span span) {
        int[] r = words.within(span);
        return (int) IntStream.range(r[0], r[1]).filter(i -> !words.get(i).isPunct()).count();
    }
}
