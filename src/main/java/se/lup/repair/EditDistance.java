package se.lup.repair;

import java.util.List;

/** Levenshtein distance over characters and over word sequences, for CER/WER. */
final class EditDistance {
    private EditDistance() {}

    static int chars(String a, String b) {
        return levenshtein(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j));
    }

    static int words(List<String> a, List<String> b) {
        return levenshtein(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    private interface Same {
        boolean at(int i, int j);
    }

    private static int levenshtein(int n, int m, Same same) {
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (same.at(i - 1, j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
