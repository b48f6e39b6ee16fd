package dev.herald.events;

import dev.herald.model.Dependency;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dependency trees of one article, indexed by token: each token's head and relation, and its
 * children. Built once per article by {@link EventCoder}; immutable.
 */
final class ParseTree {
    private static final List<Integer> NONE = List.of();
    private final List<Token> tokens;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    ParseTree(List<Token> tokens, List<Dependency> dependencies) {
        this.tokens = tokens;
        int n = tokens.size();
        head = new int[n];
        Arrays.fill(head, -1);
        relation = new String[n];
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (!d.isRoot()) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** {@return the lower-cased lemma of token {@code i}} */
    String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** {@return the head of token {@code i}, or -1 at the root} */
    int head(int i) {
        return head[i];
    }

    /** {@return the relation of token {@code i} to its head} */
    String relation(int i) {
        return relation[i];
    }

    /** {@return the relation without its subtype: {@code nsubj} for {@code nsubj:pass}} */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return i < 0 ? NONE : children.get(i);
    }

    /** {@return the children of {@code i} whose relation is one of {@code relations}} */
    List<Integer> children(int i, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : children(i)) {
            if (relations.contains(relation[c])) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@return the first child of {@code i} with {@code rel}, or -1} */
    int child(int i, String rel) {
        for (int c : children(i)) {
            if (relation[c].equals(rel)) {
                return c;
            }
        }
        return -1;
    }

    /** {@return whether {@code i} has a child with {@code rel} whose lemma is in {@code lemmas}} */
    boolean hasChild(int i, Set<String> rels, Set<String> lemmas) {
        for (int c : children(i)) {
            if (rels.contains(relation[c]) && lemmas.contains(lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the preposition marking {@code i} (its {@code case} child), or ""} */
    String preposition(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children(i)) {
            if (relation[c].equals("case") && c < i) {
                if (sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(lemma(c));
            }
        }
        return sb.toString();
    }

    /** {@return the conjuncts of {@code i}, itself first} */
    List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int c : children(i)) {
            if (relation[c].equals("conj")) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@return whether {@code ancestor} dominates {@code i} (or is {@code i})} */
    boolean dominates(int ancestor, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < 200; k = head[k], guard++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** {@return the first token of the subtree of {@code i}} */
    int leftmost(int i) {
        int min = i;
        for (int c : children(i)) {
            min = Math.min(min, leftmost(c));
        }
        return min;
    }

    /** {@return the last token of the subtree of {@code i}} */
    int rightmost(int i) {
        int max = i;
        for (int c : children(i)) {
            max = Math.max(max, rightmost(c));
        }
        return max;
    }
}
