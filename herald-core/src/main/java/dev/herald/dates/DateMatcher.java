package dev.herald.dates;

import dev.herald.dates.DateExpression.Absolute;
import dev.herald.dates.DateExpression.Yearless;
import dev.herald.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Finds date expressions in a text: runs every {@link CalendarRules} and {@link RelativeRules} pattern, drops matches inside stop
 * phrases ("Mail on Sunday"), keeps the longest of overlapping matches, then extends ranges and lists
 * of years or months ("between 2014 and 2015", "February to April"). Immutable and thread-safe: all
 * patterns are compiled once, matchers are made per call.
 */
final class DateMatcher {
    private final DatePatterns patterns;
    private final CalendarRules calendar;
    private final List<DateRule> rules;

    DateMatcher(DateWords words) {
        this.patterns = new DatePatterns(words);
        TextContext context = new TextContext(patterns, words);
        this.calendar = new CalendarRules(words, patterns, context);
        List<DateRule> all = new ArrayList<>(calendar.all());
        all.addAll(new RelativeRules(words, patterns, context).all());
        this.rules = List.copyOf(all);
    }

    /** {@return the date expressions of {@code text}, in text order, none overlapping} */
    List<Candidate> find(String text) {
        List<Candidate> found = new ArrayList<>();
        for (DateRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                rule.reader().read(text, m).ifPresent(found::add);
            }
        }
        Disjoint stops = new Disjoint(); // one matcher's matches: none overlap
        stopPhrases(text).forEach(stops::add);
        found.removeIf(c -> stops.overlaps(c.span()));
        List<Candidate> kept = longestFirst(found);
        extendLists(text, kept);
        return kept;
    }

    private List<Span> stopPhrases(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = patterns.stopPhrase.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    /** {@return the candidates that no longer one overlaps, in text order} */
    private static List<Candidate> longestFirst(List<Candidate> found) {
        List<Candidate> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((Candidate c) -> -c.span().length()).thenComparing(Candidate::span));
        List<Candidate> kept = new ArrayList<>();
        Disjoint keptSpans = new Disjoint();
        for (Candidate c : byLength) {
            if (!keptSpans.overlaps(c.span())) {
                kept.add(c);
                keptSpans.add(c.span());
            }
        }
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }

    /** Adds the years and months that follow a year or month through a connector, in place. */
    private void extendLists(String text, List<Candidate> kept) {
        Disjoint keptSpans = new Disjoint();
        kept.forEach(k -> keptSpans.add(k.span()));
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            if (!isYearOrMonth(c.expression())) {
                continue;
            }
            Optional<Candidate> next = following(text, c.span().end());
            if (next.isPresent() && !keptSpans.overlaps(next.get().span())) {
                kept.add(i + 1, next.get());
                keptSpans.add(next.get().span());
            }
        }
    }

    /**
     * Spans no two of which overlap (the kept expressions, the stop phrases), asked whether a new span
     * overlaps one: a scan of all of them per candidate made a text with many dates quadratic. The
     * nonempty spans, by start, also end in order, so only the one starting last before the new span's
     * end can overlap it; an empty span (overlapping a span around it) is kept apart and scanned.
     */
    private static final class Disjoint {
        private final TreeMap<Integer, Integer> nonEmpty = new TreeMap<>();
        private final List<Span> empty = new ArrayList<>();

        /** Adds {@code s}, which overlaps none of the spans added. */
        void add(Span s) {
            if (s.length() > 0) {
                nonEmpty.put(s.start(), s.end());
            } else {
                empty.add(s);
            }
        }

        /** {@return whether a span added overlaps {@code s}, as {@link Span#overlaps}} */
        boolean overlaps(Span s) {
            Map.Entry<Integer, Integer> last = nonEmpty.lowerEntry(s.end());
            return last != null && last.getValue() > s.start() || empty.stream().anyMatch(e -> e.overlaps(s));
        }
    }

    private Optional<Candidate> following(String text, int from) {
        Matcher m = patterns.continuation.matcher(text).region(from, text.length());
        return m.lookingAt() ? calendar.continued(text, m) : Optional.empty();
    }

    private static boolean isYearOrMonth(DateExpression e) {
        return (e instanceof Absolute a && a.day() == 0) || (e instanceof Yearless y && y.day() == 0);
    }
}
