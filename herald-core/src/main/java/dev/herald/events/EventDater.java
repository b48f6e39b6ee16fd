package dev.herald.events;

import dev.herald.model.DateMention;
import dev.herald.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an event: the date expression attached to its trigger (or to the verb a noun trigger is the
 * object of) through prepositional and temporal modifiers only, so "held talks since the conflict
 * broke out on February 24" takes no date from the "since" clause; a relative clause hanging on a
 * date ("in 2014, when it annexed Crimea") takes that date. Otherwise the publication date, flagged.
 * One dater serves one article.
 */
final class EventDater {
    private static final Set<String> PASS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod", "nmod:npmod",
            "nummod", "compound", "appos", "amod", "advmod", "dep", "case", "det", "flat", "obl:unmarked");
    private static final int MAX_CLIMB = 6;

    private final ParseTree tree;
    private final Optional<LocalDate> published;
    private final List<int[]> dateHeads = new ArrayList<>();
    private final List<DateMention> dates;

    EventDater(ParseTree tree, List<DateMention> dates, Optional<LocalDate> published) {
        this.tree = tree;
        this.published = published;
        this.dates = dates;
        for (int d = 0; d < dates.size(); d++) {
            int head = headOf(dates.get(d));
            if (head >= 0) {
                dateHeads.add(new int[]{head, d});
            }
        }
    }

    /** {@return the date of the event triggered at {@code i}; {@code anchor} is the verb a noun trigger hangs on, or -1} */
    Event.EventDate date(int i, int anchor) {
        for (int[] dh : dateHeads) {
            if (attaches(dh[0], i) || (anchor >= 0 && attaches(dh[0], anchor))) {
                return new Event.EventDate(Optional.of(dates.get(dh[1]).value()), false);
            }
        }
        int clause = anchor >= 0 ? anchor : i;
        for (int step = 0; step < MAX_CLIMB && clause >= 0; step++) {
            String rel = tree.relation(clause);
            int h = tree.head(clause);
            if (h < 0) {
                break;
            }
            if (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("advcl")) {
                for (int[] dh : dateHeads) {
                    if (dh[0] == h || insideDate(h, dates.get(dh[1]))) {
                        return new Event.EventDate(Optional.of(dates.get(dh[1]).value()), false);
                    }
                }
            }
            boolean when = rel.equals("advcl") && tree.hasChild(clause, Set.of("advmod", "mark"), Set.of("when"));
            if (when) {
                for (int[] dh : dateHeads) {
                    if (attaches(dh[0], h)) {
                        return new Event.EventDate(Optional.of(dates.get(dh[1]).value()), false);
                    }
                }
            }
            if (!rel.equals("conj") && !when) {
                break;
            }
            clause = h;
        }
        return new Event.EventDate(published.map(LocalDate::toString), published.isPresent());
    }

    private boolean insideDate(int token, DateMention d) {
        return d.span().overlaps(tree.token(token).span());
    }

    /** Whether the date headed at {@code d} hangs on {@code target} through modifiers only. */
    private boolean attaches(int d, int target) {
        int k = d;
        for (int step = 0; step < MAX_CLIMB && k >= 0; step++) {
            int h = tree.head(k);
            if (h == target) {
                return PASS.contains(tree.relation(k));
            }
            if (h < 0 || !PASS.contains(tree.relation(k)) || tree.isVerb(h)) {
                return false;
            }
            k = h;
        }
        return false;
    }

    /** The token of a date mention whose head lies outside it. */
    private int headOf(DateMention d) {
        int last = -1;
        for (int i = 0; i < tree.size(); i++) {
            if (!d.span().overlaps(tree.token(i).span())) {
                continue;
            }
            last = i;
            int h = tree.head(i);
            if (h < 0 || !d.span().overlaps(tree.token(h).span())) {
                return i;
            }
        }
        return last;
    }
}
