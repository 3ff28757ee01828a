package se.lup.repair;

import java.util.List;

/** Levenshtein distance over characters and over word sequences, for CER/WER. */
final class EditDistance {
    /** Past any cost the band allows; still safe to add 1 to. */
    private static final int OUTSIDE = Integer.MAX_VALUE / 2;

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

    /**
     * Exact distance in time proportional to length × distance rather than length squared (a whole OCR'd document
     * against its clean text): the table is filled only within a band around its diagonal, and a distance no wider
     * than the band is the true one (any path leaving the band costs more); otherwise the band is doubled.
     */
    private static int levenshtein(int n, int m, Same same) {
        for (int band = Math.max(Math.abs(n - m), 32); ; band *= 2) {
            int distance = withinBand(n, m, same, band);
            if (distance <= band || band >= Math.max(n, m)) {
                return distance;
            }
        }
    }

    private static int withinBand(int n, int m, Same same, int band) {
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= band ? j : OUTSIDE;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - band);
            int to = Math.min(m, i + band);
            current[from - 1] = from == 1 ? i : OUTSIDE;
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (same.at(i - 1, j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            if (to < m) {
                current[to + 1] = OUTSIDE;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }
}
