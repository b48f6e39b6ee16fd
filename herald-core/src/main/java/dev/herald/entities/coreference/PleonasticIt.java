package dev.herald.entities.coreference;

import dev.herald.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an "it" that stands for nothing: the weather ("it was raining"), an extraposed clause ("it
 * is likely that...", "it is understood that...", "it was too early to say", "it is a shame"), a
 * raising verb ("it seems", "it emerged that"). Stateless and thread-safe.
 */
final class PleonasticIt {
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "'s", "\u2019s", "are", "were", "be", "been",
            "being", "will", "would", "could", "may", "might", "should", "can", "must", "has", "had", "have", "does",
            "did", "not", "n't", "never", "also", "still", "now", "already", "certainly", "probably", "no", "longer",
            "remains", "remained", "became", "becomes", "become", "remain");
    private static final Set<String> DEGREE = Set.of("too", "very", "so", "quite", "more", "less", "most", "highly",
            "increasingly", "far", "all", "just", "particularly", "extremely", "hardly", "even");
    private static final Set<String> WEATHER = Set.of("rain", "rained", "rains", "raining", "snow", "snowed", "snows",
            "snowing", "pouring", "drizzling", "freezing", "hailing", "sleeting", "thundering");
    private static final Set<String> RAISING = Set.of("seems", "seemed", "seem", "appears", "appeared", "appear",
            "emerged", "emerges", "transpired", "happens", "happened", "matters", "mattered", "follows", "means");
    private static final Set<String> PREDICATES = Set.of("likely", "unlikely", "clear", "unclear", "possible",
            "impossible", "important", "necessary", "difficult", "hard", "easy", "true", "false", "obvious", "evident",
            "essential", "vital", "crucial", "understood", "thought", "believed", "expected", "feared", "hoped",
            "known", "reported", "said", "estimated", "alleged", "claimed", "time", "early", "late", "cold", "hot",
            "warm", "dark", "light", "sunny", "windy", "wet", "dry", "worth", "right", "wrong", "fair", "unfair",
            "sad", "surprising", "uncertain", "certain", "unusual", "rare", "common", "dangerous", "safe", "good",
            "bad", "better", "worse", "best", "worst", "enough");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "in", "my", "our", "your", "his", "her",
            "their", "no");
    private static final Set<String> EVALUATIONS = Set.of("shame", "pity", "wonder", "surprise", "relief", "mystery",
            "privilege", "honour", "honor", "mistake", "scandal", "disgrace", "tragedy", "miracle");
    private static final Set<String> EXTRAPOSED = Set.of("that", "to", "whether", "how", "if", "why", "when", "what",
            "who", "for");

    private PleonasticIt() {
    }

    /** {@return whether the "it" at token {@code i} stands for nothing} */
    static boolean at(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        int j = i + 1;
        boolean be = false;
        while (j < tokens.size() && tokens.get(j).sentence() == sentence && AUXILIARIES.contains(lower(tokens, j))) {
            be = true;
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).sentence() != sentence) {
            return false;
        }
        if (WEATHER.contains(lower(tokens, j)) || RAISING.contains(lower(tokens, j))) {
            return true;
        }
        if (!be) {
            return false;
        }
        while (j < tokens.size() && tokens.get(j).sentence() == sentence && DEGREE.contains(lower(tokens, j))) {
            j++;
        }
        if (j >= tokens.size() || tokens.get(j).sentence() != sentence) {
            return false;
        }
        String w = lower(tokens, j);
        String pos = tokens.get(j).pos();
        if (ARTICLES.contains(w)) { // "it is a shame that", "it has been my privilege to", "in everyone's interest to"
            return clauseFollows(tokens, j + 1, sentence, 6, EXTRAPOSED) || clauseFollows(tokens, j + 1, sentence, 3, EVALUATIONS);
        }
        if (PREDICATES.contains(w)) {
            return true;
        }
        if (pos.equals("VBN")) {
            return clauseFollows(tokens, j + 1, sentence, 2, Set.of("that")); // "it was announced that"
        }
        return pos.startsWith("JJ") && clauseFollows(tokens, j + 1, sentence, 3, EXTRAPOSED);
    }

    private static boolean clauseFollows(List<Token> tokens, int from, int sentence, int within, Set<String> words) {
        for (int k = from; k < tokens.size() && k < from + within && tokens.get(k).sentence() == sentence; k++) {
            if (words.contains(lower(tokens, k))) {
                return true;
            }
            if (tokens.get(k).word().equals(",") || tokens.get(k).word().equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static String lower(List<Token> tokens, int k) {
        return tokens.get(k).word().toLowerCase(Locale.ROOT);
    }
}
