package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A cheap upper bound on {@link ConfusionModel#logProbability} of a clean run read as an OCR run, so scorers can skip
 * the dynamic programme for the many pairs of runs far below what they need. Every step of a chain (an identity, a
 * learned reading or an edit the model has no reading for, at {@link ConfusionModel#UNEXPLAINED_EDIT}) covers some
 * letters of each side, so the price is at most the sum over the clean letters of the best share of a step's price
 * one letter can carry (its log probability over its clean length), among the steps whose other side the OCR run has
 * the letters for; and likewise over the OCR letters. The lower of the two sums is the bound: "ä" read as "a" costs
 * its reading, and "adlade" cannot be "älle" cheaply, since two of its letters need steps of their own. Latin-1
 * letters only: others carry no price.
 */
final class PriceBound {
    private static final int LETTERS = 256;
    private static final int WORDS = LETTERS / Long.SIZE;

    /** A step that covers a letter: the letters its other side needs (null: none), and its price per letter of this side. */
    private record Share(long[] otherSide, double logProbability) {}

    /** log P(a clean letter read as itself). */
    private final double[] identity;
    /** Per clean letter, the shares of the readings whose clean side has it, best first. */
    private final List<List<Share>> byCleanLetter = new ArrayList<>();
    /** Per OCR letter, the shares of the readings whose OCR side has it, best first. */
    private final List<List<Share>> byOcrLetter = new ArrayList<>();

    /** From the readings by OCR segment, as {@link ConfusionModel} inverts them, and the identity prices by letter. */
    PriceBound(Map<String, List<ConfusionModel.Reading>> readingsByOcrSegment, double[] identity) {
        this.identity = identity;
        for (int c = 0; c < LETTERS; c++) {
            byCleanLetter.add(new ArrayList<>());
            byOcrLetter.add(new ArrayList<>());
        }
        readingsByOcrSegment.forEach((ocr, readings) -> {
            for (ConfusionModel.Reading reading : readings) {
                String clean = reading.clean();
                add(byCleanLetter, clean, ocr, reading.logProbability());
                add(byOcrLetter, ocr, clean, reading.logProbability());
            }
        });
        for (int c = 0; c < LETTERS; c++) {
            byCleanLetter.get(c).sort((a, b) -> Double.compare(b.logProbability(), a.logProbability()));
            byOcrLetter.get(c).sort((a, b) -> Double.compare(b.logProbability(), a.logProbability()));
        }
    }

    private static void add(List<List<Share>> byLetter, String side, String otherSide, double logProbability) {
        Share share = new Share(otherSide.isEmpty() ? null : mask(otherSide), logProbability / side.length());
        for (int i = 0; i < side.length(); i++) {
            if (side.charAt(i) < LETTERS) {
                byLetter.get(side.charAt(i)).add(share);
            }
        }
    }

    /** The bound for one OCR run against many clean runs: what depends on the OCR run alone is worked out once. */
    Against against(String ocr) {
        return new Against(ocr);
    }

    final class Against {
        private final String ocr;
        private final long[] ocrLetters;
        /** Per clean letter, the best share it can carry against this OCR run; NaN until first needed. */
        private final double[] cleanShare = new double[LETTERS];

        private Against(String ocr) {
            this.ocr = ocr;
            this.ocrLetters = mask(ocr);
            Arrays.fill(cleanShare, Double.NaN);
        }

        /** At least log P(OCR run | clean run); allocates nothing. */
        double priceAtMost(String clean) {
            return priceAtMost(clean, Double.NEGATIVE_INFINITY);
        }

        /**
         * At least log P(OCR run | clean run): the clean side's sum alone when that is already below {@code needed}
         * (the caller only asks whether the price may reach it), else the lower of both sums.
         */
        double priceAtMost(String clean, double needed) {
            long m0 = 0;
            long m1 = 0;
            long m2 = 0;
            long m3 = 0;
            double cleanSum = 0;
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
                    double share = cleanShare[d];
                    if (Double.isNaN(share)) {
                        // Racing threads work out the same value.
                        share = best(d, byCleanLetter.get(d), ocrLetters[0], ocrLetters[1], ocrLetters[2], ocrLetters[3]);
                        cleanShare[d] = share;
                    }
                    cleanSum += share;
                }
            }
            if (cleanSum < needed) {
                return cleanSum;
            }
            double ocrSum = 0;
            for (int j = 0; j < ocr.length(); j++) {
                char o = ocr.charAt(j);
                if (o < LETTERS) {
                    ocrSum += best(o, byOcrLetter.get(o), m0, m1, m2, m3);
                }
            }
            return Math.min(cleanSum, ocrSum);
        }
    }

    /**
     * The best share a letter can carry when the other side has the letters of the mask: read as itself if the other
     * side has it too, by a reading whose other side it has, or else by an edit the model has no reading for.
     */
    private double best(int letter, List<Share> shares, long m0, long m1, long m2, long m3) {
        double best = ConfusionModel.UNEXPLAINED_EDIT;
        if (has(letter, m0, m1, m2, m3)) {
            best = Math.max(best, identity[letter]);
        }
        for (int s = 0; s < shares.size(); s++) {
            Share share = shares.get(s);
            if (share.logProbability() <= best) {
                break;
            }
            long[] other = share.otherSide();
            if (other == null || (other[0] & ~m0 | other[1] & ~m1 | other[2] & ~m2 | other[3] & ~m3) == 0) {
                return share.logProbability();
            }
        }
        return best;
    }

    private static boolean has(int c, long m0, long m1, long m2, long m3) {
        long word = switch (c >>> 6) {
            case 0 -> m0;
            case 1 -> m1;
            case 2 -> m2;
            default -> m3;
        };
        return (word & (1L << c)) != 0;
    }

    private static long[] mask(String s) {
        long[] mask = new long[WORDS];
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < LETTERS) {
                mask[s.charAt(i) >>> 6] |= 1L << s.charAt(i);
            }
        }
        return mask;
    }
}
