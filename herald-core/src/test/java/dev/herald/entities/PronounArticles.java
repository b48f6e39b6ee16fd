package dev.herald.entities;

import dev.herald.entities.mentions.Names;
import dev.herald.model.Article;
import dev.herald.model.Layer;
import dev.herald.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link TestArticles} with part-of-speech tags close to what the tagger gives, from a small word list
 * and word endings, for the rules that read tags (subjects, objects, possessives).
 */
public final class PronounArticles {
    private static final Set<String> PAST = Set.of("said", "told", "met", "left", "won", "lost", "held", "fell",
            "rose", "took", "gave", "made", "went", "came", "saw", "was", "were", "had", "did", "read", "built",
            "spoke", "thought", "sent", "hit");
    private static final Set<String> PRESENT_3 = Set.of("is", "has", "says", "does", "seems");
    private static final Set<String> PRESENT = Set.of("are", "have", "say", "do");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "can", "must");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "with", "by", "from",
            "about", "over", "after", "before", "against", "into", "than", "that", "as", "because", "if", "while");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "every");
    private static final Set<String> ADVERBS = Set.of("also", "not", "later", "again", "still", "then", "too", "very");
    private static final Set<String> ADJECTIVES = Set.of("likely", "clear", "new", "proud", "late", "icy", "early");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "him", "them", "we", "i",
            "himself", "herself", "itself", "themselves");
    private static final Set<String> POSSESSIVES = Set.of("his", "its", "their", "hers", "theirs");
    private static final Set<String> AFTER_OBJECT_HER = Set.of("for", "to", "in", "at", "on", "with", ".", ",", "and");

    private PronounArticles() {
    }

    /** {@return {@link TestArticles#tagged(String)} with part-of-speech tags} */
    public static Article tagged(String markup) {
        Article a = TestArticles.tagged(markup);
        List<Token> tokens = a.get(Layer.TOKENS);
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : ".";
            out.add(new Token(t.span(), t.word(), t.lemma(), pos(t.word(), prev, next), t.ner(), t.sentence()));
        }
        return a.with(Layer.TOKENS, out);
    }

    private static String pos(String word, String prev, String next) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word;
        }
        if (w.equals("her")) {
            return AFTER_OBJECT_HER.contains(next) ? "PRP" : "PRP$";
        }
        if (SUBJECT_PRONOUNS.contains(w)) {
            return "PRP";
        }
        if (POSSESSIVES.contains(w)) {
            return "PRP$";
        }
        if (MODALS.contains(w)) {
            return "MD";
        }
        if (prev.equals("to") || MODALS.contains(prev)) {
            return "VB";
        }
        if (PRESENT_3.contains(w)) {
            return "VBZ";
        }
        if (PRESENT.contains(w)) {
            return "VBP";
        }
        if (PAST.contains(w) || !Names.capitalized(word) && w.endsWith("ed") && w.length() > 4) {
            return "VBD";
        }
        return w.equals("to") ? "TO" : PREPOSITIONS.contains(w) ? "IN" : DETERMINERS.contains(w) ? "DT"
                : w.equals("and") || w.equals("but") ? "CC" : ADVERBS.contains(w) ? "RB"
                : ADJECTIVES.contains(w) ? "JJ" : Names.capitalized(word) ? "NNP"
                : w.endsWith("s") && !w.endsWith("ss") ? "NNS" : "NN";
    }
}
