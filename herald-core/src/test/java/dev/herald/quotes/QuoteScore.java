package dev.herald.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote metric of CONTRACT.md section 3 (as {@code ../shared/tools/quote-score} computes it),
 * for tests that check gold figures without leaving the JVM. Add articles, then read {@link #f1()}.
 */
final class QuoteScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** A quote: its text and its speaker name (predicted) or accepted names (gold; null when no one can tell). */
    record Item(String text, List<String> speakers) {
    }

    private long predEligible;
    private long predRight;
    private long goldTotal;
    private long goldRight;

    void add(List<Item> gold, List<Item> pred) {
        List<List<String>> g = gold.stream().map(q -> tokens(q.text())).toList();
        List<List<String>> p = pred.stream().map(q -> tokens(q.text())).toList();
        int[][] ov = new int[p.size()][g.size()];
        boolean[][] right = new boolean[p.size()][g.size()];
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                ov[i][j] = sharedRun(p.get(i), g.get(j));
                right[i][j] = gold.get(j).speakers() != null && speakerRight(pred.get(i).speakers().get(0), gold.get(j).speakers());
            }
        }
        for (int i = 0; i < p.size(); i++) {
            int unknown = 0;
            int ok = 0;
            for (int j = 0; j < g.size(); j++) {
                unknown += gold.get(j).speakers() == null ? ov[i][j] : 0;
                ok += right[i][j] ? ov[i][j] : 0;
            }
            int eligible = Math.max(0, p.get(i).size() - unknown);
            predEligible += eligible;
            predRight += Math.min(eligible, ok);
        }
        for (int j = 0; j < g.size(); j++) {
            if (gold.get(j).speakers() == null) {
                continue;
            }
            int ok = 0;
            for (int i = 0; i < p.size(); i++) {
                ok += right[i][j] ? ov[i][j] : 0;
            }
            goldTotal += g.get(j).size();
            goldRight += Math.min(g.get(j).size(), ok);
        }
    }

    /** {@return attribution F1 over every article added} */
    double f1() {
        double p = predEligible == 0 ? (goldTotal == 0 ? 1 : 0) : (double) predRight / predEligible;
        double r = goldTotal == 0 ? 1 : (double) goldRight / goldTotal;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static boolean speakerRight(String predicted, List<String> golds) {
        Set<String> got = nameTokens(predicted);
        return !got.isEmpty() && golds.stream().map(QuoteScore::nameTokens).anyMatch(n -> !n.isEmpty() && got.containsAll(n));
    }

    private static Set<String> nameTokens(String name) {
        List<String> t = tokens(name);
        while (!t.isEmpty() && ARTICLES.contains(t.get(0))) {
            t = t.subList(1, t.size());
        }
        return new HashSet<>(t);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static int sharedRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (x.equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best >= 3 || best == a.size() || best == b.size() ? best : 0;
    }
}
