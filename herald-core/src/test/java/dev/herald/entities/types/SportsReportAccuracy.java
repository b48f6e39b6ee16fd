package dev.herald.entities.types;

import dev.herald.entities.gazetteer.WordLists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Accuracy of {@link SportsReport} on a corpus laid out in category folders (the BBC News set:
 * {@code sport/}, {@code politics/}, ...): an article is a sports report exactly when it sits in
 * {@code sport/}. Words are runs of letters, digits, apostrophes and hyphens (no language model).
 * Usage: {@code SportsReportAccuracy DIR [--words FILE] [--count-rule]}: {@code --words} reads the
 * lists from a file of the shape of {@code sports-words.txt}; {@code --count-rule} applies the test
 * Herald used before issue 16 (a sports word, a score of 4 and two different words, however long
 * the article). Run by {@code eval/genre.sh}.
 */
public final class SportsReportAccuracy {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'-]+");

    private SportsReportAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<String> options = List.of(args).subList(1, args.length);
        boolean countRule = options.contains("--count-rule");
        int at = options.indexOf("--words");
        List<String> lines = at < 0 ? WordLists.lines("sports-words.txt")
                : Files.readAllLines(Path.of(options.get(at + 1)), StandardCharsets.UTF_8).stream()
                        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        java.util.Set<String> strong = new java.util.HashSet<>();
        java.util.Set<String> weak = new java.util.HashSet<>();
        for (String l : lines) {
            if (l.startsWith("weak:")) {
                weak.add(l.substring(5).strip());
            } else if (!l.matches("\\w+:\\s.*")) {
                strong.add(l);
            }
        }
        Map<String, int[]> byCategory = new TreeMap<>(); // category -> {articles, read as sport}
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getParent().equals(root)).sorted().toList();
        }
        int right = 0;
        for (Path f : files) {
            String category = root.relativize(f).getName(0).toString();
            // sport/199.txt has one Latin-1 byte: read bytes leniently rather than fail on it.
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            List<String> words = words(text);
            boolean sport = countRule ? countRule(words, strong, weak) : SportsReport.reads(words, strong, weak);
            int[] c = byCategory.computeIfAbsent(category, k -> new int[2]);
            c[0]++;
            c[1] += sport ? 1 : 0;
            right += sport == category.equals("sport") ? 1 : 0;
        }
        byCategory.forEach((k, c) -> System.out.printf("%-14s %4d articles, %4d read as sport%n", k, c[0], c[1]));
        System.out.printf("is-sport accuracy %.4f over %d articles%n", (double) right / files.size(), files.size());
    }

    /** The test before issue 16: a sports word, 2 per sports word plus 1 per weak word at least 4, two different words. */
    private static boolean countRule(List<String> words, java.util.Set<String> strong, java.util.Set<String> weak) {
        int s = 0;
        int w = 0;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (String word : words) {
            String x = word.toLowerCase(java.util.Locale.ROOT);
            if (strong.contains(x)) {
                s++;
                distinct.add(x);
            } else if (weak.contains(x)) {
                w++;
                distinct.add(x);
            }
        }
        return s > 0 && 2 * s + w >= 4 && distinct.size() >= 2;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
