package dev.herald.clean;

import java.util.ArrayList;
import java.util.List;

/** A line diff for test failures: "-" expected only, "+" actual only, " " both. */
final class LineDiff {
    private LineDiff() {
    }

    /** {@return the lines of both lists, each marked, in order (longest common subsequence)} */
    static String of(List<String> expected, List<String> actual) {
        int[][] common = new int[expected.size() + 1][actual.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = actual.size() - 1; j >= 0; j--) {
                common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            if (i < expected.size() && j < actual.size() && expected.get(i).equals(actual.get(j))) {
                out.add("  " + expected.get(i++));
                j++;
            } else if (i < expected.size() && (j == actual.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("- " + expected.get(i++));
            } else {
                out.add("+ " + actual.get(j++));
            }
        }
        return String.join("\n", out);
    }
}
