package se.lup.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spellings an OCR word may have had, most likely first: the inverse confusion model applied position by position
 * in a bounded beam (each position keeps the best {@code beamWidth} partial spellings). Works on lower case.
 */
final class CandidateGenerator {
    /** A possible clean spelling and log P(OCR word | this spelling). */
    record Candidate(String word, double channelLogProbability) {}

    /** A spelling of the first letters: log P(OCR | spelling) for scoring, log P(spelling | OCR) for ranking. */
    private record Partial(String prefix, double logProbability, double logPosterior, int edits, boolean inserted) {}

    private static final Comparator<Partial> MOST_LIKELY = Comparator.comparingDouble(Partial::logPosterior).reversed();

    private final ConfusionModel model;
    private final int beamWidth;
    private final int maxCandidates;
    private final int maxEdits;

    /** Whether two letters may follow each other; spellings with other pairs are dropped while they are built. */
    interface LetterPairs {
        boolean plausible(char a, char b);
    }

    private final LetterPairs letterPairs;

    CandidateGenerator(ConfusionModel model, RepairSettings settings, LetterPairs letterPairs) {
        this.model = model;
        this.letterPairs = letterPairs;
        this.beamWidth = settings.beamWidth();
        this.maxCandidates = settings.maxCandidates();
        this.maxEdits = settings.maxEdits();
    }

    List<Candidate> candidates(String ocrWord) {
        int n = ocrWord.length();
        List<List<Partial>> at = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            at.add(new ArrayList<>());
        }
        at.get(0).add(new Partial("", 0, 0, 0, false));
        for (int p = 0; p <= n; p++) {
            List<Partial> beam = at.get(p);
            addDroppedLetters(beam);
            beam.sort(MOST_LIKELY);
            if (beam.size() > beamWidth) {
                beam.subList(beamWidth, beam.size()).clear();
            }
            if (p == n) {
                break;
            }
            for (Partial h : beam) {
                char c = ocrWord.charAt(p);
                at.get(p + 1).add(new Partial(h.prefix() + c, h.logProbability() + model.identityLogProbability(c),
                        h.logPosterior() + model.identityLogPosterior(c), h.edits(), h.inserted()));
                if (h.edits() >= maxEdits) {
                    continue;
                }
                for (int k = 1; k <= ConfusionModel.MAX_OCR_SEGMENT && p + k <= n; k++) {
                    String segment = ocrWord.substring(p, p + k);
                    for (ConfusionModel.Reading r : model.readings(segment)) {
                        if (!joins(h.prefix(), r.clean())) {
                            continue;
                        }
                        at.get(p + k).add(new Partial(h.prefix() + r.clean(), h.logProbability() + r.logProbability(),
                                h.logPosterior() + r.logPosterior(), h.edits() + 1, h.inserted()));
                    }
                }
            }
        }
        Map<String, Partial> best = new LinkedHashMap<>();
        for (Partial h : at.get(n)) {
            best.merge(h.prefix(), h, (a, b) -> a.logProbability() >= b.logProbability() ? a : b);
        }
        return best.values().stream()
                .sorted(MOST_LIKELY)
                .limit(maxCandidates)
                .map(h -> new Candidate(h.prefix(), h.logProbability()))
                .toList();
    }

    /** Whether a repaired segment fits after the prefix: every letter pair it makes occurs in Swedish words. */
    private boolean joins(String prefix, String segment) {
        char previous = prefix.isEmpty() ? 0 : prefix.charAt(prefix.length() - 1);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (previous != 0 && Character.isLetter(previous) && Character.isLetter(c) && !letterPairs.plausible(previous, c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** log P(the word was read exactly as written). */
    double identityLogProbability(String word) {
        double logProbability = 0;
        for (int i = 0; i < word.length(); i++) {
            logProbability += model.identityLogProbability(word.charAt(i));
        }
        return logProbability;
    }

    /** Letters OCR dropped altogether ("r" for "är"): at most one per word, inserted before the current position. */
    private void addDroppedLetters(List<Partial> beam) {
        List<ConfusionModel.Reading> dropped = model.readings("");
        int size = beam.size();
        for (int i = 0; i < size; i++) {
            Partial h = beam.get(i);
            if (h.inserted() || h.edits() >= maxEdits) {
                continue;
            }
            for (ConfusionModel.Reading r : dropped) {
                if (!joins(h.prefix(), r.clean())) {
                    continue;
                }
                beam.add(new Partial(h.prefix() + r.clean(), h.logProbability() + r.logProbability(),
                        h.logPosterior() + r.logPosterior(), h.edits() + 1, true));
            }
        }
    }
}
