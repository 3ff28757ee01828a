package se.lup.repair;

import java.util.List;
import java.util.Locale;

/**
 * Aligns the words of a clean text with the words of its OCR reading by least edits (unit costs, substitutions
 * preferred on ties), so each clean word knows the OCR word it became, or none. Used to learn confusions and to
 * score repair word by word.
 */
final class WordAlignment {
    /** The cost table is (clean words + 1) × (OCR words + 1) ints: about 200 MB at this size, a few pages. */
    private static final long MAX_CELLS = 50_000_000L;

    private WordAlignment() {}

    /** For each clean word, the index of the OCR word aligned with it, or -1 where OCR dropped it. */
    static int[] align(List<String> clean, List<String> ocr) {
        int n = clean.size();
        int m = ocr.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d clean words against %,d OCR words are too many to align in one piece: separate the pages with form feeds", n, m));
        }
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = cost[i - 1][j - 1] + (clean.get(i - 1).equals(ocr.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(sub, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int[] target = new int[n];
        int i = n;
        int j = m;
        while (i > 0) {
            if (j > 0 && cost[i][j] == cost[i - 1][j - 1] + (clean.get(i - 1).equals(ocr.get(j - 1)) ? 0 : 1)) {
                target[--i] = --j;
            } else if (j > 0 && cost[i][j] == cost[i][j - 1] + 1) {
                j--;
            } else {
                target[--i] = -1;
            }
        }
        return target;
    }
}
