package dev.herald.entities.gazetteer;

import dev.herald.lexicon.Lexicon;

import java.util.List;

/**
 * The titles and offices news uses in place of a name ("the Foreign Secretary"), from
 * the lexicon ({@code title office}), matched word by word in a {@link TokenTrie}. Read-only, thread-safe.
 */
public final class Titles {
    private final TokenTrie<String> trie = new TokenTrie<>();

    Titles(List<String> titles) {
        for (String t : titles) {
            trie.add(Gazetteer.words(t), t);
        }
    }

    /** {@return the titles of {@code lexicon} ({@code title office})} */
    public static Titles of(Lexicon lexicon) {
        return new Titles(lexicon.words("title", "office"));
    }

    /**
     * {@return how many words the longest title starting at {@code from} covers, 0 for none; a title
     * must be written with its capitals}
     */
    public int titleAt(List<String> words, int from) {
        for (TokenTrie.Hit<String> hit : trie.prefixesAt(words, from)) {
            String written = String.join(" ", words.subList(from, from + hit.length()));
            if (hit.values().stream().anyMatch(written::equals)) {
                return hit.length();
            }
        }
        return 0;
    }

    /** {@return the title as listed that starts at {@code from} and covers {@code length} words} */
    public static String text(List<String> words, int from, int length) {
        return String.join(" ", words.subList(from, from + length));
    }
}
