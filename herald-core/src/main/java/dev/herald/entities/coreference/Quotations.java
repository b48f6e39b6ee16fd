package dev.herald.entities.coreference;

import dev.herald.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Which tokens stand inside a quotation, and which quotation, from the quotation marks among the
 * tokens (curly, straight, or the tokenizer's {@code ``} and {@code ''}). A straight mark opens when
 * no quotation is open and closes otherwise. One instance serves one article.
 */
final class Quotations {
    private static final Set<String> OPEN = Set.of("\u201c", "``");
    private static final Set<String> CLOSE = Set.of("\u201d", "''");

    private final int[] quotation;

    Quotations(List<Token> tokens) {
        quotation = new int[tokens.size()];
        int current = 0;
        int count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).word();
            boolean straight = w.equals("\"");
            if (OPEN.contains(w) || straight && current == 0) {
                current = ++count;
                quotation[k] = 0;
            } else if (CLOSE.contains(w) || straight) {
                current = 0;
                quotation[k] = 0;
            } else {
                quotation[k] = current;
            }
        }
    }

    /** {@return whether tokens {@code a} and {@code b} are both outside quotations or in the same one} */
    boolean sameQuotation(int a, int b) {
        return quotation[a] == quotation[b];
    }
}
