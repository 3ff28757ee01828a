package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import se.lup.repair.SpellingIndex.Candidate;

/**
 * The spellings {@link SpellingIndex} scored for one OCR word: for each of the {@code limit} best distinct words its
 * best-scoring candidate (ties: the one scored first), and the best score of a word other than the OCR word itself
 * (for the bound). Only those are kept, so scoring many spellings keeps no list of them.
 */
final class CandidateScoring {
    /** Slack for the caller's own rounding of the same sums. */
    private static final double SLACK = 1e-9;
    private final String ocr;
    private final double margin;
    private final double atLeast;
    private double best = Double.NEGATIVE_INFINITY;
    /** The kept candidates, their scores and the order they were scored in (the tie-break). */
    private final Candidate[] top;
    private final double[] topScores;
    private final long[] topOrder;
    private int topCount;
    private long scoredCount;

    CandidateScoring(String ocr, double margin, double atLeast, int limit) {
        this.ocr = ocr;
        this.margin = margin;
        this.atLeast = atLeast;
        this.top = new Candidate[limit];
        this.topScores = new double[limit];
        this.topOrder = new long[limit];
    }

    /** The best score of a spelling other than the OCR word itself, so far. */
    double best() {
        return best;
    }

    /** A spelling scoring below this could not be returned, or would be dropped by the caller's margin or bound. */
    double floor() {
        double kept = topCount == top.length ? topScores[lowest()] : Double.NEGATIVE_INFINITY;
        return Math.max(Math.max(best - margin, atLeast), kept) - SLACK;
    }

    void add(Candidate candidate, double score) {
        long order = scoredCount++;
        if (score > best && !candidate.word().equals(ocr)) {
            best = score;
        }
        int slot = 0;
        while (slot < topCount && !top[slot].word().equals(candidate.word())) {
            slot++;
        }
        if (slot < topCount) {
            if (score <= topScores[slot]) {
                return;
            }
        } else if (topCount < top.length) {
            topCount++;
        } else {
            slot = lowest();
            if (score <= topScores[slot]) {
                return;
            }
        }
        top[slot] = candidate;
        topScores[slot] = score;
        topOrder[slot] = order;
    }

    /** The kept candidates, best first (ties: scored first). */
    List<Candidate> kept() {
        Integer[] slots = new Integer[topCount];
        for (int i = 0; i < topCount; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, Comparator.comparingDouble((Integer i) -> -topScores[i]).thenComparingLong(i -> topOrder[i]));
        List<Candidate> sorted = new ArrayList<>(topCount);
        for (int slot : slots) {
            sorted.add(top[slot]);
        }
        return sorted;
    }

    /** The kept candidate that would go first: the lowest score, of those the last scored. */
    private int lowest() {
        int lowest = 0;
        for (int i = 1; i < topCount; i++) {
            if (topScores[i] < topScores[lowest] || topScores[i] == topScores[lowest] && topOrder[i] > topOrder[lowest]) {
                lowest = i;
            }
        }
        return lowest;
    }
}
