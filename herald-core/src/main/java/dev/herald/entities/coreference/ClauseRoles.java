package dev.herald.entities.coreference;

import dev.herald.model.Dependency;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical role of a stretch of tokens (subject, object, other) and the subjects of a
 * sentence. From the dependency parse where the profile parses ({@code nsubj}, {@code obj}, ...);
 * otherwise from part-of-speech tags and positions: a noun phrase right before a finite verb (past an
 * apposition between commas) and not inside a prepositional phrase is a subject, one right after a
 * verb is an object. Where the parse is there, a name right before a finite verb is a subject too,
 * whatever the parse says (parsers misread "..., the union said on Tuesday"). One instance serves
 * one article; not thread-safe.
 */
public final class ClauseRoles {
    /** A grammatical role. */
    enum Role { SUBJECT, OBJECT, OTHER }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> NOMINAL = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "DT", "JJS");
    private static final Set<String> NP_INSIDE = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "POS", "PRP$", "HYPH", "VBN");
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "as", "if", "when", "while", "after",
            "before", "although", "though", "since", "until", "whether", "unless", "once", "so");
    private static final int MAX_APPOSITION = 12;
    private static final int MAX_MODIFIER = 5;

    private final List<Token> tokens;
    private final Map<Integer, Dependency> incoming = new HashMap<>();
    private final int[] mentionStart;

    /**
     * @param mentionStart for each token, the first token of the entity mention covering it, or -1
     */
    public ClauseRoles(List<Token> tokens, List<Dependency> dependencies, int[] mentionStart) {
        this.tokens = tokens;
        this.mentionStart = mentionStart;
        for (Dependency d : dependencies) {
            incoming.put(d.dependent(), d);
        }
    }

    /** {@return whether the sentence of token {@code i} has a dependency parse} */
    boolean parsed(int i) {
        return incoming.containsKey(i);
    }

    /** {@return the role of tokens [first, end)} */
    public Role of(int first, int end) {
        return parsed(first) ? fromParse(head(first, end)) : byPosition(first, end);
    }

    private Role byPosition(int first, int end) {
        int start = npStart(first);
        if (finiteAfter(end - 1)) {
            return prepositionBefore(start) ? Role.OTHER : Role.SUBJECT;
        }
        int before = start - 1;
        boolean verbBefore = before >= 0 && sameSentence(before, first) && tokens.get(before).pos().startsWith("VB");
        return verbBefore ? Role.OBJECT : Role.OTHER;
    }

    /** {@return the head tokens of the subjects of {@code sentence}, in text order} */
    public List<Integer> subjects(int firstToken, int endToken) {
        List<Integer> out = new ArrayList<>();
        for (int k = firstToken; k < endToken; k++) {
            boolean last = k + 1 >= endToken || mentionStart[k + 1] < 0 || mentionStart[k + 1] != mentionStart[k];
            boolean before = last && nominalHead(k)
                    && byPosition(mentionStart[k] >= 0 ? mentionStart[k] : k, k + 1) == Role.SUBJECT;
            boolean named = mentionStart[k] >= 0 && (k == endToken - 1 || mentionStart[k + 1] != mentionStart[k]);
            if (parsed(k) ? isSubjectRelation(incoming.get(k).relation()) || named && before : before) {
                out.add(k);
            }
        }
        return out;
    }

    /** {@return the relation of token {@code i} to its head in the parse, or "" where there is no parse} */
    public String relation(int i) {
        Dependency d = incoming.get(i);
        return d == null ? "" : d.relation();
    }

    /** {@return the head of token {@code i} in the parse, or -2 where there is no parse} */
    int governor(int i) {
        Dependency d = incoming.get(i);
        return d == null ? -2 : d.governor();
    }

    /** {@return the head token of [first, end): the one whose governor lies outside} */
    int head(int first, int end) {
        for (int k = first; k < end; k++) {
            int g = governor(k);
            if (g < first || g >= end) {
                return k;
            }
        }
        return end - 1;
    }

    private Role fromParse(int head) {
        Dependency d = incoming.get(head);
        String rel = d.relation();
        if ((rel.startsWith("appos") || rel.startsWith("compound") || rel.startsWith("flat")) && d.governor() >= 0) {
            Dependency up = incoming.get(d.governor());
            rel = up == null ? rel : up.relation();
        }
        if (isSubjectRelation(rel)) {
            return Role.SUBJECT;
        }
        return rel.startsWith("obj") || rel.startsWith("iobj") ? Role.OBJECT : Role.OTHER;
    }

    private static boolean isSubjectRelation(String rel) {
        return rel.startsWith("nsubj") || rel.startsWith("csubj");
    }

    private boolean nominalHead(int k) {
        Token t = tokens.get(k);
        if (!NOMINAL.contains(t.pos()) || t.word().equalsIgnoreCase("that")) {
            return false;
        }
        return k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN") || !sameSentence(k, k + 1);
    }

    /**
     * Whether a finite verb follows token {@code last}, past an apposition between commas or a short
     * prepositional phrase ("Nurses in Wales have voted"), and adverbs.
     */
    private boolean finiteAfter(int last) {
        int j = last + 1;
        if (j < tokens.size() && sameSentence(j, last) && tokens.get(j).word().equals(",")) {
            int close = j + 1;
            while (close < tokens.size() && close - j <= MAX_APPOSITION && sameSentence(close, last)
                    && !tokens.get(close).word().equals(",")) {
                close++;
            }
            j = close + 1;
        }
        if (j < tokens.size() && sameSentence(j, last) && prepositionBefore(j + 1)) {
            int k = j + 1;
            while (k < tokens.size() && k - j <= MAX_MODIFIER && sameSentence(k, last)
                    && NP_INSIDE.contains(tokens.get(k).pos())) {
                k++;
            }
            j = k > j + 1 ? k : j;
        }
        while (j < tokens.size() && sameSentence(j, last) && tokens.get(j).pos().startsWith("RB")) {
            j++;
        }
        return j < tokens.size() && sameSentence(j, last) && FINITE.contains(tokens.get(j).pos());
    }

    private int npStart(int first) {
        if (tokens.get(first).pos().equals("PRP")) {
            return first; // a pronoun is a noun phrase of its own: "said on Monday it would"
        }
        int s = first;
        while (s - 1 >= 0 && sameSentence(s - 1, first) && NP_INSIDE.contains(tokens.get(s - 1).pos())) {
            s--;
        }
        return s;
    }

    private boolean prepositionBefore(int start) {
        if (start == 0 || start >= tokens.size() || !sameSentence(start - 1, start)) {
            return false;
        }
        Token b = tokens.get(start - 1);
        return b.pos().equals("TO") || (b.pos().equals("IN") && !SUBORDINATORS.contains(b.word().toLowerCase()));
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
