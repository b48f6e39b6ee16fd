package dev.herald.entities.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words: each path from the root spells a name word by word, so that one left-to-right
 * pass finds the longest name starting at every position in time linear in the text. Words are keyed
 * case-folded; a hit carries the names in their written form so a caller can check case. Built once,
 * read-only afterwards, thread-safe for reading.
 *
 * @param <V> what a name maps to
 */
public final class TokenTrie<V> {
    private final Node<V> root = new Node<>();

    /** Adds {@code value} under the words of {@code words}. */
    public void add(List<String> words, V value) {
        Node<V> node = root;
        for (String w : words) {
            node = node.children.computeIfAbsent(fold(w), k -> new Node<>());
        }
        node.values.add(value);
    }

    /**
     * {@return every name that starts at {@code from} in {@code words}, longest first, each as the
     * number of words it covers and its values}
     */
    public List<Hit<V>> prefixesAt(List<String> words, int from) {
        List<Hit<V>> hits = new ArrayList<>();
        Node<V> node = root;
        for (int i = from; i < words.size(); i++) {
            node = node.children.get(fold(words.get(i)));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                hits.add(0, new Hit<>(i + 1 - from, List.copyOf(node.values)));
            }
        }
        return hits;
    }

    /** {@return {@code word} case-folded, with typographic apostrophes made plain} */
    public static String fold(String word) {
        return word.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
    }

    /** A name found: how many words it covers and what it maps to. */
    public record Hit<V>(int length, List<V> values) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
    }
}
