package se.lup.repair;

import java.util.List;

/**
 * Per-document repair outcome: garble score (share of words outside the lexicon) before and after, whether repair
 * ran at all, how many words changed and which remained unknown.
 */
public record RepairReport(double garbleBefore, double garbleAfter, boolean applied, int wordsChanged, List<String> unknownWords) {
    public RepairReport {
        unknownWords = List.copyOf(unknownWords);
    }
}
