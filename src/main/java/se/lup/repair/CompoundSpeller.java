package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import se.lup.repair.SpellingIndex.Candidate;

/**
 * Spells a long OCR word that no known spelling explains as a compound of the {@link SpellingIndex}'s spellings, part
 * by part: Swedish compounds are open-ended, so most of them are in no word list. Thread-safe; parts are cached.
 */
final class CompoundSpeller {
    /** Shortest part of a compound the index is asked about; shorter ones match too much. */
    private static final int MIN_PART = 3;
    /** A compound part needs this many letters OCR seldom confuses, or every short vowel-rich word would fit it. */
    private static final int MIN_PART_KEY = 2;
    /** A part this long may make do with one such letter ("äldre" in "äldrenämnden"). */
    private static final int LONG_PART = 5;
    private static final int PART_CACHE_LIMIT = 200_000;
    private static final Part NO_PART = new Part(null, null);

    private final SpellingIndex index;
    /**
     * Per number of letters left, an upper bound on the score the parts that spell them can add (each part at most its
     * channel, 0, plus the log share of the most frequent spelling of a length it may have): the search's heuristic.
     */
    private final double[] completionBound = new double[64];
    /** Spellings per compound piece: the pieces of long words recur ("stads", "nämnd"). */
    private final Map<String, Part> partCache = new ConcurrentHashMap<>();

    CompoundSpeller(SpellingIndex index) {
        this.index = index;
        completionBound[0] = 0;
        for (int left = 1; left < completionBound.length; left++) {
            completionBound[left] = Double.NEGATIVE_INFINITY;
            for (int length = MIN_PART; length <= left; length++) {
                completionBound[left] = Math.max(completionBound[left], partBound(length) + completionBound[left - length]);
            }
        }
    }

    /**
     * The best rank a part spelled from an OCR piece of this length can have: its spelling is at most 2 letters longer
     * or shorter, or, with the linking s, the spelling of one letter less ({@link #scorePart}).
     */
    private double partBound(int pieceLength) {
        double count = 0;
        for (int length = Math.max(1, pieceLength - 3); length <= pieceLength + 2; length++) {
            count = Math.max(count, index.maxCount(length));
        }
        return Math.log(count / index.total());
    }

    /** At most the score still to come with {@code left} letters to spell; 0 (no bound) past the table. */
    private double completion(int left) {
        return left < completionBound.length ? completionBound[left] : 0;
    }

    /**
     * A compound the index does not hold, spelled part by part: the OCR word split into parts of known spellings
     * (a part may end in the linking s), the split the most likely by the parts' channel and frequency (so
     * "bostadsvagledning" is "bostads|väg|ledning", not "bostad|svag|ledning"), fewest parts first on ties. At least
     * one part differs from the OCR word as read: the caller asks only for words that are not compounds as read.
     * Null when no such split into at least two parts exists.
     */
    Candidate spell(String ocr) {
        int n = ocr.length();
        // A* over (position, respelled yet?), ordered by score plus the bound on what the letters left can add (a bound
        // that never underestimates and drops by at most each part's score): the first path to reach the end respelled
        // is the best, and positions only worse paths reach are never extended. Ties: fewest parts first.
        PriorityQueue<Step> queue = new PriorityQueue<>(Comparator.comparingDouble((Step s) -> -(s.path().score() + completion(n - s.at())))
                .thenComparingInt(s -> s.path().parts()));
        double[][] bestSeen = new double[2][n + 1];
        Arrays.stream(bestSeen).forEach(row -> Arrays.fill(row, Double.NEGATIVE_INFINITY));
        boolean[][] extended = new boolean[2][n + 1];
        Part[] parts = new Part[(n + 1) * (n + 1)];
        boolean[][] useful = usefulPieces(ocr);
        offer(queue, bestSeen, new Step(0, false, new Path(0, 0, "", 0)));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (extended[step.layer()][step.at()]) {
                continue;
            }
            extended[step.layer()][step.at()] = true;
            if (step.at() == n) {
                if (step.respelled()) {
                    Path best = step.path();
                    return best.parts() >= 2 ? new Candidate(best.spelled(), best.channel(), 0) : null;
                }
                continue;
            }
            extend(ocr, useful, step, parts, queue, bestSeen);
        }
        return null;
    }

    /** A path through the first {@code at} letters of the OCR word, with or without a part spelled differently yet. */
    private record Step(int at, boolean respelled, Path path) {
        int layer() {
            return respelled ? 1 : 0;
        }
    }

    private static void offer(PriorityQueue<Step> queue, double[][] bestSeen, Step step) {
        if (step.path().score() >= bestSeen[step.layer()][step.at()]) {
            bestSeen[step.layer()][step.at()] = step.path().score();
            queue.add(step);
        }
    }

    /**
     * Which pieces {@code [start, end)} the key filter lets through (each piece's key hash extended letter by letter;
     * a piece before the last may end in the linking s), limited to pieces after which the rest of the word can still
     * be cut into such pieces: a piece that leads nowhere is never spelled.
     */
    private boolean[][] usefulPieces(String ocr) {
        int n = ocr.length();
        boolean[][] passes = new boolean[n + 1][n + 1];
        for (int start = 0; start < n; start++) {
            int hash = 0;
            boolean inRun = false;
            for (int end = start + 1; end <= n; end++) {
                char c = ocr.charAt(end - 1);
                int withoutLast = hash;
                hash = SpellingIndex.extendKeyHash(hash, c, inRun);
                inRun = SpellingIndex.misreadable(c);
                boolean mayLink = end < n;
                passes[start][end] = end - start >= MIN_PART && (index.mayContainKey(hash)
                        || mayLink && c == 's' && end - start > MIN_PART && index.mayContainKey(withoutLast));
            }
        }
        boolean[] reachesEnd = new boolean[n + 1];
        reachesEnd[n] = true;
        for (int start = n - 1; start >= 0; start--) {
            for (int end = start + 1; end <= n; end++) {
                passes[start][end] &= reachesEnd[end];
                reachesEnd[start] |= passes[start][end];
            }
        }
        return passes;
    }

    /** Every part that may follow a path, among the useful pieces. */
    private void extend(String ocr, boolean[][] useful, Step step, Part[] parts, PriorityQueue<Step> queue, double[][] bestSeen) {
        int n = ocr.length();
        int start = step.at();
        for (int end = start + 1; end <= n; end++) {
            if (!useful[start][end]) {
                continue;
            }
            String piece = ocr.substring(start, end);
            int slot = start * (n + 1) + end;
            if (parts[slot] == null) {
                parts[slot] = bestPart(piece, end < n);
            }
            Part part = parts[slot];
            if (part == NO_PART) {
                continue;
            }
            Path path = step.path();
            if (!step.respelled()) {
                offer(queue, bestSeen, new Step(end, !part.best().word().equals(piece), path.then(part.best(), rank(part.best()))));
                if (part.respelled() != null) {
                    offer(queue, bestSeen, new Step(end, true, path.then(part.respelled(), rank(part.respelled()))));
                }
            } else {
                offer(queue, bestSeen, new Step(end, true, path.then(part.best(), rank(part.best()))));
            }
        }
    }

    /** A compound spelled up to some position: its score (channel and part frequencies), channel, spelling and parts. */
    private record Path(double score, double channel, String spelled, int parts) {
        Path then(Candidate part, double partScore) {
            return new Path(score + partScore, channel + part.channelLogProbability(), spelled + part.word(), parts + 1);
        }
    }

    /** The best spelling of one compound piece, and the best that differs from the piece as read (null: none). */
    private record Part(Candidate best, Candidate respelled) {}

    /** The spellings of one compound piece; parts before the last may end in the linking s. */
    private Part bestPart(String piece, boolean mayLink) {
        String memoKey = mayLink ? piece + '+' : piece;
        Part memo = partCache.get(memoKey);
        if (memo == null) {
            memo = scorePart(piece, mayLink);
            if (partCache.size() > PART_CACHE_LIMIT) {
                partCache.clear();
            }
            partCache.put(memoKey, memo);
        }
        return memo;
    }

    private Part scorePart(String piece, boolean mayLink) {
        if (SpellingIndex.stableLetters(SpellingIndex.key(piece)) < (piece.length() >= LONG_PART ? 1 : MIN_PART_KEY)) {
            return NO_PART;
        }
        List<Candidate> spellings = new ArrayList<>(index.candidates(piece, 2));
        if (mayLink && piece.length() > MIN_PART && piece.endsWith("s")) {
            // The linking s follows the word ("arbets") or takes the place of its final e ("samhälls", of "samhälle").
            String stem = piece.substring(0, piece.length() - 1);
            index.candidates(stem, 2).forEach(c -> spellings.add(new Candidate(c.word() + "s", c.channelLogProbability(), c.count())));
            index.candidates(stem + "e", 2).stream()
                    .filter(c -> c.word().endsWith("e"))
                    .forEach(c -> spellings.add(new Candidate(c.word().substring(0, c.word().length() - 1) + "s", c.channelLogProbability(), c.count())));
        }
        // Chosen by the score the split adds up, first of equals kept.
        Candidate best = null;
        Candidate respelled = null;
        for (Candidate c : spellings) {
            if (best == null || rank(c) > rank(best)) {
                best = c;
            }
            if (!c.word().equals(piece) && (respelled == null || rank(c) > rank(respelled))) {
                respelled = c;
            }
        }
        if (best == null) {
            return NO_PART;
        }
        return new Part(best, respelled);
    }

    /** A part's log channel probability plus log of its share of all counts. */
    private double rank(Candidate c) {
        return c.channelLogProbability() + Math.log(c.count() / index.total());
    }
}
