package dev.herald.clean.html;

import dev.herald.model.Boilerplate;
import dev.herald.model.RelatedLink;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the article's body in a parsed page: flattens it into blocks, chooses the container, keeps
 * the container's paragraphs, headings, list items and quotations, and sets everything else aside
 * as boilerplate with its kind. Stateless and thread-safe.
 */
final class ContentExtractor {
    /** How many times a container that gives too short a body is widened to its parent. */
    private static final int MAX_WIDENINGS = 3;
    /** How many opening paragraphs are checked for repeats. */
    private static final int OPENING_PARAGRAPHS = 3;

    private final ExtractionConfig config;
    private final BlockReader reader;
    private final ContainerChooser chooser;

    ContentExtractor(ExtractionConfig config) {
        this.config = config;
        this.reader = new BlockReader(config.skipTags());
        this.chooser = new ContainerChooser(config);
    }

    /**
     * {@return the body found under {@code root}, or empty when there is no prose at all}
     *
     * @param storyBody the article body the page declares in JSON-LD, if any
     * @param title     the headline, left out of the body where it repeats
     */
    Optional<Extraction> extract(Element root, Optional<String> storyBody, Optional<String> title) {
        List<TextBlock> blocks = reader.read(root);
        ElementHints hints = new ElementHints(config);
        Predicate<TextBlock> inStory = storyBody.map(StoryBody::new).<Predicate<TextBlock>>map(s -> s::contains)
                .orElse(b -> false);
        Set<TextBlock> teasers = new TeaserFinder(chooser).find(blocks);
        Optional<Element> container = chooser.choose(blocks, hints, inStory, teasers);
        if (container.isEmpty()) {
            return Optional.empty();
        }
        String normalTitle = title.map(StoryBody::normalize).orElse("");
        Element chosen = container.get();
        Extraction found = sort(blocks, chosen, hints, teasers, normalTitle);
        for (int up = 0; up < MAX_WIDENINGS && found.bodyChars() < config.minArticleChars()
                && chosen.parent() != null && chosen != root; up++) {
            chosen = chosen.parent();
            found = sort(blocks, chosen, hints, teasers, normalTitle);
        }
        return Optional.of(found);
    }

    private Extraction sort(List<TextBlock> blocks, Element container, ElementHints hints, Set<TextBlock> teasers,
                            String title) {
        BlockSorter sorter = new BlockSorter(chooser, hints, config.maxInsideLinkDensity());
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(container.getAllElements());
        List<Boilerplate.Kind> kinds = new ArrayList<>(blocks.size());
        List<String> paragraphs = new ArrayList<>();
        boolean titleSeen = false;
        Set<String> kept = new HashSet<>();
        BitSet headline = new BitSet();
        for (TextBlock b : blocks) {
            Optional<Boilerplate.Kind> kind;
            if (!inside.contains(b.owner())) {
                kind = Optional.of(sorter.outside(b));
            } else if (!titleSeen && paragraphs.isEmpty() && (b.tag().equals("h1")
                    || StoryBody.normalize(b.text()).equals(title))) {
                titleSeen = true;
                headline.set(kinds.size());
                kinds.add(null);
                continue;
            } else if (StoryBody.normalize(b.text()).equals(title) || repeatsOpening(b, paragraphs, kept)) {
                kind = Optional.of(Boilerplate.Kind.OTHER);
            } else if (teasers.contains(b)) {
                kind = Optional.of(Boilerplate.Kind.RELATED);
            } else {
                kind = sorter.inside(b, container, paragraphs.isEmpty());
            }
            kinds.add(kind.orElse(null));
            kind.ifPresentOrElse(k -> { }, () -> paragraphs.add(b.text()));
        }
        dropTrailingHeadings(blocks, kinds, headline);
        return emit(blocks, kinds, headline, sorter, container);
    }

    /** Headings after the article's last paragraph introduce what follows it ("Related Topics"), not the article. */
    private static void dropTrailingHeadings(List<TextBlock> blocks, List<Boilerplate.Kind> kinds, BitSet headline) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (kinds.get(i) != null || headline.get(i)) {
                continue;
            }
            if (!blocks.get(i).isHeading()) {
                return;
            }
            kinds.set(i, Boilerplate.Kind.OTHER);
        }
    }

    private static Extraction emit(List<TextBlock> blocks, List<Boilerplate.Kind> kinds, BitSet headline,
                                   BlockSorter sorter, Element container) {
        List<String> paragraphs = new ArrayList<>();
        BoilerplateBuffer removed = new BoilerplateBuffer();
        RelatedCollector related = new RelatedCollector();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            Boilerplate.Kind kind = kinds.get(i);
            if (headline.get(i)) {
                continue;
            }
            if (kind == null) {
                paragraphs.add(b.text());
            } else {
                Element cause = sorter.cause(b, container);
                removed.add(kind, b.text(), cause);
                if (kind == Boilerplate.Kind.RELATED) {
                    related.collect(cause);
                }
            }
        }
        return new Extraction(paragraphs, removed.entries(), related.links());
    }

    /** {@return whether {@code b} repeats one of the first paragraphs (a standfirst shown twice)} */
    private static boolean repeatsOpening(TextBlock b, List<String> paragraphs, Set<String> kept) {
        return paragraphs.size() < OPENING_PARAGRAPHS && b.text().length() >= 40 && !kept.add(b.text());
    }

    /** Joins consecutive removed blocks of one kind and one cause into one entry. */
    private static final class BoilerplateBuffer {
        private final List<Boilerplate> entries = new ArrayList<>();
        private Element lastCause;
        private Boilerplate.Kind lastKind;
        private StringBuilder text;

        void add(Boilerplate.Kind kind, String blockText, Element cause) {
            if (kind == lastKind && cause == lastCause && text != null) {
                text.append('\n').append(blockText);
                return;
            }
            close();
            lastKind = kind;
            lastCause = cause;
            text = new StringBuilder(blockText);
        }

        List<Boilerplate> entries() {
            close();
            return entries;
        }

        private void close() {
            if (text != null) {
                entries.add(new Boilerplate(lastKind, text.toString()));
                text = null;
            }
        }
    }

    /** Gathers links to other articles from removed "related" elements, once per link. */
    private static final class RelatedCollector {
        private final Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<String> urls = new java.util.HashSet<>();
        private final List<RelatedLink> links = new ArrayList<>();

        void collect(Element cause) {
            if (!seen.add(cause)) {
                return;
            }
            for (Element a : cause.select("a[href]")) {
                String title = a.text().strip();
                if (title.length() < 20 || title.split(" ").length < 4) {
                    continue;
                }
                String url = a.absUrl("href");
                String key = url.isEmpty() ? a.attr("href") : url;
                if (!urls.add(key)) {
                    continue;
                }
                links.add(new RelatedLink(title, Optional.empty(), Optional.of(key)));
            }
        }

        List<RelatedLink> links() {
            return links;
        }
    }
}
