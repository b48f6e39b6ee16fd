package dev.herald.clean;

import dev.herald.model.Boilerplate;
import dev.herald.model.RelatedLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sorts the lines after the headline into body paragraphs and boilerplate by the first rule that
 * applies to each line (see {@code text-rules.txt}); every line ends up in exactly one of the two.
 * One sorter per input: it gathers as it goes, so it is not shared.
 */
final class LineSorter {
    private final TextRules rules;
    private final String headline;
    private final List<InputLine> lines;
    private final List<String> body = new ArrayList<>();
    private final List<Boilerplate> boilerplate = new ArrayList<>();
    private final List<RelatedLink> related = new ArrayList<>();
    /**
     * Whether we are in the head of the article or of a live-blog entry, where lead rules apply: true
     * until a paragraph of prose is kept, and again after each line removed as a byline.
     */
    private boolean head = true;

    /** What sorting gave: body paragraphs, removed lines with their kind, related headlines. */
    record Sorted(List<String> body, List<Boilerplate> boilerplate, List<RelatedLink> related) {
        Sorted {
            body = List.copyOf(body);
            boilerplate = List.copyOf(boilerplate);
            related = List.copyOf(related);
        }
    }

    LineSorter(TextRules rules, String headline, List<InputLine> lines) {
        this.rules = rules;
        this.headline = headline;
        this.lines = List.copyOf(lines);
    }

    Sorted sort() {
        int i = 0;
        while (i < lines.size()) {
            i = sortFrom(i);
        }
        return new Sorted(body, boilerplate, related);
    }

    /** Sorts the line at {@code i} and any lines that go with it; returns the next line's index. */
    private int sortFrom(int i) {
        String text = lines.get(i).text();
        boolean lead = body.isEmpty();
        if (lead && LineShapes.repeats(text, headline)) {
            remove(text, Boilerplate.Kind.OTHER);
            return i + 1;
        }
        Optional<TextRule> match = rules.first(text, rule -> applies(rule, text, lead));
        if (match.isEmpty()) {
            body.add(text);
            head = head && !LineShapes.isProse(text);
            return i + 1;
        }
        TextRule rule = match.get();
        if (rule.scope() == RuleScope.BLOCK_START) {
            return list(i, rule);
        }
        if (rule.scope() == RuleScope.BLOCK_END && !proseAfter(i)) {
            return tail(i, rule);
        }
        remove(text, rule.kind());
        head = head || rule.kind() == Boilerplate.Kind.BYLINE;
        return i + 1;
    }

    private boolean applies(TextRule rule, String text, boolean lead) {
        if (rule.scope() == RuleScope.LEAD) {
            return head;
        }
        if (rule.scope() == RuleScope.TEASER) {
            return lead && LineShapes.isAboutAnotherStory(text, headline);
        }
        return true;
    }

    /**
     * The heading at {@code i} and the headlines listed under it: the rest of its block, or, when it
     * stands alone in its block, the headline-like lines of the blocks after it.
     */
    private int list(int i, TextRule heading) {
        InputLine first = lines.get(i);
        boilerplate.add(new Boilerplate(heading.kind(), first.text()));
        Optional<String> title = heading.title(first.text());
        if (title.isPresent() && heading.kind() == Boilerplate.Kind.RELATED) {
            related.add(rules.related(title.get()));
        }
        int j = i + 1;
        boolean sameBlockOnly = title.isPresent() || j < lines.size() && lines.get(j).block() == first.block();
        for (; j < lines.size(); j++) {
            InputLine next = lines.get(j);
            if (sameBlockOnly && next.block() != first.block()) {
                break;
            }
            Optional<TextRule> own = rules.first(next.text(), rule -> !rule.scope().leadOnly());
            if (own.isPresent() && own.get().scope().spansLines()) {
                break;
            }
            if (own.isEmpty() && !LineShapes.looksLikeHeadline(rules.withoutLabel(next.text()))) {
                break;
            }
            remove(next.text(), own.map(TextRule::kind).orElse(heading.kind()));
        }
        return j;
    }

    /** The footer at {@code i} and every line after it, each with its own rule's kind if it has one. */
    private int tail(int i, TextRule end) {
        boilerplate.add(new Boilerplate(end.kind(), lines.get(i).text()));
        for (int j = i + 1; j < lines.size(); j++) {
            String text = lines.get(j).text();
            Optional<TextRule> own = rules.first(text, rule -> !rule.scope().leadOnly() && !rule.scope().spansLines());
            remove(text, own.map(TextRule::kind).orElse(end.kind()));
        }
        return lines.size();
    }

    private boolean proseAfter(int i) {
        return lines.subList(i + 1, lines.size()).stream().anyMatch(line -> LineShapes.isProse(line.text()));
    }

    /** Removes one line; a related headline also goes to {@code related}. */
    private void remove(String text, Boilerplate.Kind kind) {
        boilerplate.add(new Boilerplate(kind, text));
        if (kind == Boilerplate.Kind.RELATED) {
            related.add(rules.related(text));
        }
    }
}
