package se.lup.repair;

import java.util.List;

/**
 * Per-document repair outcome: garble score (share of words outside the lexicon or tell-tale) before and after,
 * whether repair ran at all, how many words changed, which remained unknown, and the same per page.
 */
public record RepairReport(
        double garbleBefore, double garbleAfter, boolean applied, int wordsChanged, List<String> unknownWords, List<PageScore> pages) {

    /** One page's garble score before and after, and whether it was repaired. */
    public record PageScore(int page, int words, double garbleBefore, double garbleAfter, boolean applied) {}

    public RepairReport {
        unknownWords = List.copyOf(unknownWords);
        pages = List.copyOf(pages);
    }

    /** The report without per-page scores (the original contract). */
    public RepairReport(double garbleBefore, double garbleAfter, boolean applied, int wordsChanged, List<String> unknownWords) {
        this(garbleBefore, garbleAfter, applied, wordsChanged, unknownWords, List.of());
    }
}
