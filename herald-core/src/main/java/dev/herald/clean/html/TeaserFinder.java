package dev.herald.clean.html;

import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds teasers: the short summaries that stand in a small card beside a link to another article
 * ("headline link + one paragraph"), as in lists of related or latest stories. A paragraph is a
 * teaser when the nearest element around it that holds a headline link holds at most
 * {@value #MAX_CARD_PARAGRAPHS} paragraphs; inside an article the nearest such element is the
 * article itself, which holds many.
 */
final class TeaserFinder {
    /** How many levels above a paragraph a card's headline link is looked for. */
    private static final int CARD_LEVELS = 4;
    private static final int MAX_CARD_PARAGRAPHS = 2;

    private final ContainerChooser chooser;

    TeaserFinder(ContainerChooser chooser) {
        this.chooser = chooser;
    }

    /** {@return the blocks of {@code blocks} that are teasers of other articles} */
    Set<TextBlock> find(List<TextBlock> blocks) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            boolean prose = chooser.isProse(b);
            boolean headline = isHeadlineLink(b) && !chooser.isPhrase(b);
            if (!prose && !headline) {
                continue;
            }
            Element e = b.owner();
            for (int level = 0; e != null && level <= CARD_LEVELS; level++, e = e.parent()) {
                int[] c = counts.computeIfAbsent(e, k -> new int[] {0, 0, Integer.MAX_VALUE});
                c[prose ? 0 : 1]++;
                if (headline) {
                    c[2] = Math.min(c[2], b.order());
                }
            }
        }
        Set<TextBlock> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock b : blocks) {
            if (!chooser.isProse(b)) {
                continue;
            }
            Element e = b.owner();
            for (int level = 0; e != null && level <= CARD_LEVELS; level++, e = e.parent()) {
                int[] c = counts.get(e);
                if (c != null && c[1] > 0 && c[2] < b.order()) {
                    if (c[0] <= MAX_CARD_PARAGRAPHS) {
                        teasers.add(b);
                    }
                    break;
                }
            }
        }
        return teasers;
    }

    /** {@return whether {@code b} is a link to another article: mostly link, a few words} */
    static boolean isHeadlineLink(TextBlock b) {
        if (b.linkDensity() < 0.8) {
            return false;
        }
        int words = b.text().split(" ").length;
        return words >= 3 && words <= 30;
    }
}
