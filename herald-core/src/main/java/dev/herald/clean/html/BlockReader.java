package dev.herald.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flattens a page into the text blocks a reader sees, in reading order. Walks the tree without
 * recursion, so any depth of nesting is safe; skips scripts, forms and hidden elements.
 *
 * <p>Stateless and thread-safe: each call keeps its state in a fresh walker.
 */
final class BlockReader {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend",
            "amp-img", "picture");

    private final Set<String> skipTags;

    BlockReader(Set<String> skipTags) {
        this.skipTags = Set.copyOf(skipTags);
    }

    /** {@return the text blocks under {@code root}, in document order} */
    List<TextBlock> read(Element root) {
        Walker walker = new Walker(root);
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.blocks;
    }

    /** {@return whether {@code e} is hidden from a reader by its attributes} */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Collects blocks while the traversal walks the tree. */
    private final class Walker implements NodeFilter {
        final List<TextBlock> blocks = new ArrayList<>();
        final Deque<Element> owners = new ArrayDeque<>();
        final StringBuilder buffer = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        boolean pendingBreak;

        Walker(Element root) {
            owners.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                addText(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (skipTags.contains(tag) || hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.push(e);
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                if (pendingBreak) {
                    flush();
                } else {
                    pendingBreak = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (owners.size() > 1) {
                        owners.pop();
                    }
                } else if (tag.equals("a") && linkDepth > 0) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void addText(String raw) {
            int visible = 0;
            boolean space = buffer.length() == 0 || buffer.charAt(buffer.length() - 1) == ' ';
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!space) {
                        buffer.append(' ');
                        space = true;
                    }
                } else {
                    if (pendingBreak && visible == 0 && !space) {
                        buffer.append(' ');
                    }
                    buffer.append(c);
                    space = false;
                    visible++;
                }
            }
            if (visible > 0) {
                pendingBreak = false;
            }
            chars += visible;
            if (linkDepth > 0) {
                linkChars += visible;
            }
        }

        void flush() {
            pendingBreak = false;
            if (chars > 0) {
                String text = buffer.toString().strip();
                blocks.add(new TextBlock(owners.peek(), text, chars, linkChars, blocks.size()));
            }
            buffer.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
