package dev.herald.quotes;

import dev.herald.model.Span;
import dev.herald.model.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subjects of reporting cues that {@link Cues} does not take and reported speech does: a relative "who"
 * after a name, a share of a group as polls report it. Built per article with the reading of reported
 * speech; not shared across threads.
 */
final class ReportedSubjects {
    private final String text;
    private final Words words;
    private final List<Token> tokens;
    private final Cues cues;

    ReportedSubjects(String text, Words words, List<Token> tokens, Cues cues) {
        this.text = text;
        this.words = words;
        this.tokens = tokens;
        this.cues = cues;
    }

    /**
     * {@return the subject of a cue in a relative clause: "who", standing for the name right before it
     * ("Jane Doe, who said last week that …", "voters in Iowa who say …" has no name and no subject)}
     * The mention is "who", as the local subject written, and it speaks as the name does; a plural verb
     * ("Jane Doe and others who say") is not one person's.
     */
    Optional<Attribution> relativeSubject(List<Integer> free, int k) {
        int j = k - 1;
        while (j > 0 && Cues.isBetween(words.get(free.get(j)).lower())) {
            j--;
        }
        if (j < 1 || !words.get(free.get(j)).lower().equals("who")) {
            return Optional.empty();
        }
        Span who = words.get(free.get(j)).span();
        int before = words.get(free.get(j - 1)).text().equals(",") && j > 1 ? j - 2 : j - 1;
        Span end = words.get(free.get(before)).span();
        boolean plural = Tokens.at(tokens, words.get(free.get(k)).span()).filter(t -> t.pos().equals("VBP")).isPresent();
        return cues.subjectBefore(free, j).map(Attribution::subject)
                .filter(a -> a.span().end() == end.end() && a.kind() != Actor.Kind.PLACE && a.kind() != Actor.Kind.PRONOUN)
                .filter(a -> !(plural && a.kind() == Actor.Kind.PERSON))
                .map(a -> new Attribution(new Actor(who, a.kind(), a.text(), a.target(), a.gender()),
                        words.get(free.get(k)).text(), Optional.empty()));
    }

    /** Words that make a subject a share of a group, as polls report it: "26 percent", "six in 10", "most of them". */
    private static final Set<String> SHARES = Set.of("percent", "%", "half", "majority", "majorities", "most", "third",
            "thirds", "quarter", "quarters", "many", "some", "few", "several", "others", "everyone", "both");
    /** Words no share subject holds: a relative pronoun, an infinitive, a verb ("compared with 23 percent who", "led some to"). */
    private static final Set<String> NOT_IN_SHARE = Set.of("who", "which", "that", "to", "be", "are", "is", "was", "were",
            "can", "could", "will", "would", "have", "has", "had", "led", "compared", "than", "how");
    /** The longest share subject, in words. */
    private static final int MAX_SHARE_WORDS = 7;

    /**
     * {@return a subject that names a share of a group and no one by name, as polls and reports write
     * it ("26 percent said", "About four in 10 say", "Some of the women said", "Most of them said"),
     * as an unnamed source} It runs from the sentence start, a comma, a conjunction or "with" to the cue
     * and holds no verb nor relative pronoun.
     */
    Optional<Attribution> shareSubject(List<Integer> free, int k) {
        int end = k - 1;
        while (end >= 0 && Cues.isBetween(words.get(free.get(end)).lower())) {
            end--;
        }
        int start = end;
        boolean share = false;
        while (start >= 0 && end - start < MAX_SHARE_WORDS && !words.get(free.get(start)).isPunct()
                && !ReportedBounds.CLAUSE_LINKS.contains(words.get(free.get(start)).lower()) && !words.get(free.get(start)).lower().equals("with")) {
            String w = words.get(free.get(start)).lower();
            if (NOT_IN_SHARE.contains(w)) {
                return Optional.empty();
            }
            share |= SHARES.contains(w) || (w.equals("in") && start < end && words.get(free.get(start + 1)).lower().matches("10|ten|\\d+"));
            start--;
        }
        boolean opens = start < 0 || words.get(free.get(start)).isPunct() || ReportedBounds.CLAUSE_LINKS.contains(words.get(free.get(start)).lower())
                || words.get(free.get(start)).lower().equals("with");
        if (!share || !opens || start + 1 > end) {
            return Optional.empty();
        }
        Span span = new Span(words.get(free.get(start + 1)).span().start(), words.get(free.get(end)).span().end());
        Actor group = new Actor(span, Actor.Kind.DESCRIPTION, span.of(text), span, Lexicon.Gender.UNKNOWN);
        return Optional.of(new Attribution(group, words.get(free.get(k)).text(), Optional.empty()));
    }
}
