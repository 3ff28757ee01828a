package se.lup.repair;

import java.util.List;
import java.util.Locale;

/**
 * Aligns the words of a clean text with the words of its OCR reading by least edits (unit costs, substitutions
 * preferred on ties), so each clean word knows the OCR word it became, or none. Used to learn confusions and to
 * score repair word by word.
 */
final class WordAlignment {
    /**
     * Each cell keeps only its step back, in 2 bits: 300 MB at this size, two texts of about 35,000 words each (a
     * 120-page plan) in one piece.
     */
    private static final long MAX_CELLS = 1_200_000_000L;
    private static final int DIAGONAL = 0;
    private static final int LEFT = 1;
    private static final int UP = 2;

    private WordAlignment() {}

    /** For each clean word, the index of the OCR word aligned with it, or -1 where OCR dropped it. */
    static int[] align(List<String> clean, List<String> ocr) {
        int n = clean.size();
        int m = ocr.size();
        long cells = (long) (n + 1) * (m + 1);
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d clean words against %,d OCR words are too many to align in one piece: separate the pages with form feeds", n, m));
        }
        long[] steps = new long[(int) ((cells + 31) / 32)];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
            setStep(steps, j, LEFT);
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            setStep(steps, (long) i * (m + 1), UP);
            for (int j = 1; j <= m; j++) {
                int diagonal = previous[j - 1] + (clean.get(i - 1).equals(ocr.get(j - 1)) ? 0 : 1);
                int best = Math.min(diagonal, Math.min(previous[j], current[j - 1]) + 1);
                current[j] = best;
                // The same preference as reading the full table backwards: diagonal, then an OCR word inserted, then a clean word dropped.
                setStep(steps, (long) i * (m + 1) + j, best == diagonal ? DIAGONAL : best == current[j - 1] + 1 ? LEFT : UP);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int[] target = new int[n];
        int i = n;
        int j = m;
        while (i > 0) {
            int step = step(steps, (long) i * (m + 1) + j);
            if (step == DIAGONAL) {
                target[--i] = --j;
            } else if (step == LEFT) {
                j--;
            } else {
                target[--i] = -1;
            }
        }
        return target;
    }

    private static void setStep(long[] steps, long cell, int step) {
        int word = (int) (cell >>> 5);
        int shift = (int) (cell & 31) << 1;
        steps[word] = steps[word] & ~(3L << shift) | (long) step << shift;
    }

    private static int step(long[] steps, long cell) {
        return (int) (steps[(int) (cell >>> 5)] >>> ((int) (cell & 31) << 1)) & 3;
    }
}
