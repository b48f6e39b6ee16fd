package dev.herald.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the element that holds the article: the one whose paragraphs of prose outweigh the link
 * text and the boilerplate it also holds. A paragraph counts by its length, twice when the page's
 * JSON-LD {@code articleBody} contains it; link text and text under boilerplate class/id hints
 * count against; the candidate's own class/id hint scales the result.
 */
final class ContainerChooser {
    /** How far above a block its weight is carried; deeper wrappers are not candidates. */
    static final int MAX_LEVELS = 30;
    /** What being inside a boilerplate element leaves of a candidate's score. */
    private static final double UNDER_BOILERPLATE = 0.2;

    private final ExtractionConfig config;

    ContainerChooser(ExtractionConfig config) {
        this.config = config;
    }

    /**
     * {@return the article's container, or empty when no block is prose}
     *
     * @param blocks      the page's blocks
     * @param hints       the page's hints
     * @param teasers     the page's teasers of other articles
     * @param inStoryBody whether a block's text is in the page's declared article body (always false
     *                    when there is none)
     */
    Optional<Element> choose(List<TextBlock> blocks, ElementHints hints, Predicate<TextBlock> inStoryBody,
                             Set<TextBlock> teasers) {
        Map<Element, double[]> totals = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            double good = isProse(b) && !teasers.contains(b) ? b.chars() - b.linkChars() : 0;
            if (good > 0 && inStoryBody.test(b)) {
                good *= 2;
            }
            double junk = b.linkChars();
            Element e = b.owner();
            boolean underBoilerplate = false;
            for (int level = 0; e != null && level < MAX_LEVELS; level++) {
                double[] t = totals.computeIfAbsent(e, k -> new double[2]);
                if (underBoilerplate) {
                    t[1] += b.chars();
                } else {
                    t[0] += good;
                    t[1] += junk;
                }
                if (isBoilerplate(e, hints)) {
                    underBoilerplate = true;
                }
                e = e.parent();
            }
        }
        Map<Element, Boolean> memo = new IdentityHashMap<>();
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> entry : totals.entrySet()) {
            double[] t = entry.getValue();
            if (t[0] == 0) {
                continue;
            }
            double score = (t[0] - t[1]) * (1 + config.hintWeight() * hints.sign(entry.getKey()));
            if (underBoilerplate(entry.getKey(), hints, memo)) {
                score *= UNDER_BOILERPLATE;
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@return whether an ancestor of {@code e} is boilerplate by its tag or class/id} */
    private boolean underBoilerplate(Element e, ElementHints hints, Map<Element, Boolean> memo) {
        List<Element> path = new ArrayList<>();
        boolean under = false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            Boolean known = memo.get(p);
            if (known != null) {
                under = known;
                break;
            }
            path.add(p);
            if (isBoilerplate(p, hints)) {
                under = true;
                break;
            }
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            under = under || isBoilerplate(path.get(i), hints);
            memo.put(path.get(i), under);
        }
        return memo.getOrDefault(e.parent(), under);
    }

    private boolean isBoilerplate(Element e, ElementHints hints) {
        return hints.sign(e) < 0 || config.tagKinds().containsKey(e.normalName());
    }

    /** {@return whether {@code b} reads as a paragraph of the article} */
    boolean isProse(TextBlock b) {
        return b.chars() >= config.minParagraphChars() && b.linkDensity() <= config.maxLinkDensity()
                && !isPhrase(b);
    }

    /** {@return whether {@code b} is a known boilerplate line ("Advertisement", "Share this")} */
    boolean isPhrase(TextBlock b) {
        return b.text().length() <= 200 && config.phrases().matcher(b.text()).matches();
    }
}
