package se.lup.repair;

import java.util.ArrayList;
import java.util.List;
import se.lup.repair.SpellingIndex.Candidate;

/**
 * The spellings {@link SpellingIndex} scored for one OCR word, and the best score of those other than the word itself
 * (for the bound).
 */
final class CandidateScoring {
    /** Slack for the caller's own rounding of the same sums. */
    private static final double SLACK = 1e-9;
    final List<Candidate> scored = new ArrayList<>();
    final List<Double> ranks = new ArrayList<>();
    private final String ocr;
    private final double margin;
    private double best = Double.NEGATIVE_INFINITY;
    /** The {@code limit} best distinct words so far and their best scores: a spelling below all of them cannot be returned. */
    private final String[] topWords;
    private final double[] topScores;
    private int topCount;
    private int lowestTop;

    CandidateScoring(String ocr, double margin, int limit) {
        this.ocr = ocr;
        this.margin = margin;
        this.topWords = new String[limit];
        this.topScores = new double[limit];
    }

    /** The best score of a spelling other than the OCR word itself, so far. */
    double best() {
        return best;
    }

    double floor() {
        double kept = topCount == topWords.length ? topScores[lowestTop] : Double.NEGATIVE_INFINITY;
        return Math.max(best - margin, kept) - SLACK;
    }

    void add(Candidate candidate, double score) {
        scored.add(candidate);
        ranks.add(-score);
        if (score > best && !candidate.word().equals(ocr)) {
            best = score;
        }
        int slot = 0;
        while (slot < topCount && !topWords[slot].equals(candidate.word())) {
            slot++;
        }
        if (slot == topCount && topCount == topWords.length) {
            slot = lowestTop;
            if (score <= topScores[slot]) {
                return;
            }
        } else if (slot < topCount && score <= topScores[slot]) {
            return;
        } else if (slot == topCount) {
            topCount++;
        }
        topWords[slot] = candidate.word();
        topScores[slot] = score;
        lowestTop = 0;
        for (int i = 1; i < topCount; i++) {
            if (topScores[i] < topScores[lowestTop]) {
                lowestTop = i;
            }
        }
    }
}
