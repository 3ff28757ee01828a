package se.lup.repair;

import java.util.List;
import java.util.Map;

/**
 * A cheap lower bound on how many edits the {@link ConfusionModel} has no reading for turn a clean run into an OCR run:
 * an OCR letter that no letter of the clean run is ever read as (itself included), and a clean letter never read as
 * any letter of the OCR run, each need one, and one such edit covers at most one letter of each side. Every such edit
 * costs {@link ConfusionModel#UNEXPLAINED_EDIT} and every other step at most nothing, so scorers can skip the dynamic
 * programme for the many pairs of runs far below what they need. Latin-1 letters only; others are never counted.
 */
final class UnexplainedEdits {
    private static final int LETTERS = 256;
    private static final int WORDS = LETTERS / Long.SIZE;

    /** Per OCR letter, the clean letters some reading (or identity) produces it from. */
    private final long[][] readFrom = new long[LETTERS][WORDS];
    /** Per clean letter, the OCR letters some reading (or identity) gives for it. */
    private final long[][] readAs = new long[LETTERS][WORDS];
    /** OCR letters some reading adds without any clean letter. */
    private final boolean[] mayBeInserted = new boolean[LETTERS];
    /** Clean letters some reading drops. */
    private final boolean[] mayBeDropped = new boolean[LETTERS];

    /** From the readings by OCR segment, as {@link ConfusionModel} inverts them. */
    UnexplainedEdits(Map<String, List<ConfusionModel.Reading>> readingsByOcrSegment) {
        for (int c = 0; c < LETTERS; c++) {
            set(readFrom[c], c);
            set(readAs[c], c);
        }
        readingsByOcrSegment.forEach((ocr, readings) -> {
            for (ConfusionModel.Reading reading : readings) {
                String clean = reading.clean();
                for (char o : latin1(ocr)) {
                    mayBeInserted[o] |= clean.isEmpty();
                    for (char d : latin1(clean)) {
                        set(readFrom[o], d);
                        set(readAs[d], o);
                    }
                }
                for (char d : latin1(clean)) {
                    mayBeDropped[d] |= ocr.isEmpty();
                }
            }
        });
    }

    /** The bound for one OCR run against many clean runs: what depends on the OCR run alone is worked out once. */
    Against against(String ocr) {
        return new Against(ocr);
    }

    final class Against {
        /** Clean letters never dropped and never read as any letter of the OCR run: each needs an edit. */
        private final long[] unmatchedClean = new long[WORDS];
        /** The OCR run's letters that no reading inserts: each needs a clean letter it may be read from. */
        private final char[] needSource;

        private Against(String ocr) {
            long[] ocrLetters = mask(ocr);
            for (int d = 0; d < LETTERS; d++) {
                if (!mayBeDropped[d] && !intersects(readAs[d], ocrLetters)) {
                    set(unmatchedClean, d);
                }
            }
            StringBuilder need = new StringBuilder();
            for (int i = 0; i < ocr.length(); i++) {
                char o = ocr.charAt(i);
                if (o < LETTERS && !mayBeInserted[o]) {
                    need.append(o);
                }
            }
            needSource = need.toString().toCharArray();
        }

        /** At least how many unexplained edits any chain from {@code clean} to this OCR run has; allocates nothing. */
        int atLeast(String clean) {
            long m0 = 0;
            long m1 = 0;
            long m2 = 0;
            long m3 = 0;
            int unmatched = 0;
            for (int i = 0; i < clean.length(); i++) {
                char d = clean.charAt(i);
                if (d < LETTERS) {
                    long bit = 1L << d;
                    switch (d >>> 6) {
                        case 0 -> m0 |= bit;
                        case 1 -> m1 |= bit;
                        case 2 -> m2 |= bit;
                        default -> m3 |= bit;
                    }
                    if ((unmatchedClean[d >>> 6] & bit) != 0) {
                        unmatched++;
                    }
                }
            }
            int unread = 0;
            for (char o : needSource) {
                long[] from = readFrom[o];
                if ((from[0] & m0 | from[1] & m1 | from[2] & m2 | from[3] & m3) == 0) {
                    unread++;
                }
            }
            return Math.max(unread, unmatched);
        }
    }

    /** The letters of a segment that the tables cover. */
    private static char[] latin1(String s) {
        return s.replaceAll("[^\\x00-\\xFF]", "").toCharArray();
    }

    private static long[] mask(String s) {
        long[] mask = new long[WORDS];
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < LETTERS) {
                set(mask, s.charAt(i));
            }
        }
        return mask;
    }

    private static void set(long[] mask, int c) {
        mask[c >>> 6] |= 1L << c;
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int w = 0; w < WORDS; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }
}
