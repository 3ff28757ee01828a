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
    /**
     * A compound part is respelled only with this many letters OCR seldom confuses, or every short vowel-rich word would
     * fit it; with fewer, a first part is taken as read ("lek" in "lekmiljöer", "elev" in "elevhälsa"), which the
     * first parts of compounds are most often, and others not at all (as read too, they cost time and changed nothing).
     */
    private static final int MIN_PART_KEY = 2;
    /**
     * A part this long may make do with one such letter ("äldre" in "äldrenämnden"), and so may the last part, however
     * short: compounds often end in a short word ("mål" in "inriktningsmål"), and the parts before it pin the split.
     */
    private static final int LONG_PART = 5;
    private static final int PART_CACHE_LIMIT = 200_000;
    private static final Part NO_PART = new Part(null, null);

    private final SpellingIndex index;
    /** Forms that are only compound parts ("skol", "familje"): spellings for any part but the last. */
    private final SpellingIndex compoundParts;
    /** Whether the search is guided by its bounds; without them it is a plain best-first search, for comparison. */
    private final boolean bounded;
    /** Spellings per compound piece: the pieces of long words recur ("stads", "nämnd"). */
    private final Map<String, Part> partCache = new ConcurrentHashMap<>();

    CompoundSpeller(SpellingIndex index, SpellingIndex compoundParts) {
        this(index, compoundParts, true);
    }

    CompoundSpeller(SpellingIndex index, SpellingIndex compoundParts, boolean bounded) {
        this.index = index;
        this.compoundParts = compoundParts;
        this.bounded = bounded;
    }

    /**
     * A compound the index does not hold, spelled part by part: the OCR word split into parts of known spellings
     * (a part may end in the linking s), the split the most likely by the parts' channel and frequency (so
     * "bostadsvagledning" is "bostads|väg|ledning", not "bostad|svag|ledning"), fewest parts first on ties. At least
     * one part differs from the OCR word as read: the caller asks only for words that are not compounds as read.
     * Null when no such split into at least two parts exists.
     */
    Candidate spell(String ocr) {
        return new Search(ocr).run();
    }

    /**
     * A* over (position, respelled yet?), ordered by score plus a bound on what is still to come, which never
     * underestimates it: the first path to reach the end respelled is the best. A piece is only spelled when the bound
     * through it (the most frequent spelling of its key, read without error) comes first, so pieces that could only
     * make worse paths than the answer are never spelled. Ties: fewest parts first.
     */
    private final class Search {
        private final String ocr;
        private final int n;
        private final double[][] bounds;
        /** Per position, at most the score the parts after it can add: the best sum of piece bounds to the end. */
        private final double[] rest;
        private final Part[] parts;
        private final double[][] bestSeen;
        private final boolean[][] extended;
        /**
         * Best first, fewest parts first; on a full tie a piece is spelled before a path goes on, and paths go by their
         * spelling: so equally likely compounds ("avslutas|utredas", "avslutads|utreds") are decided the same way
         * whatever the bounds, not by the queue's history.
         */
        private final PriorityQueue<Item> queue = new PriorityQueue<>(Comparator.comparingDouble((Item i) -> -i.priority())
                .thenComparingInt(Item::parts).thenComparingInt(i -> i instanceof PieceAfter ? 0 : 1)
                .thenComparing(i -> i.path().spelled()).thenComparingInt(Item::end));

        Search(String ocr) {
            this.ocr = ocr;
            this.n = ocr.length();
            this.bounds = pieceBounds(ocr);
            this.rest = restBounds(bounds);
            this.parts = new Part[(n + 1) * (n + 1)];
            this.bestSeen = new double[2][n + 1];
            Arrays.stream(bestSeen).forEach(row -> Arrays.fill(row, Double.NEGATIVE_INFINITY));
            this.extended = new boolean[2][n + 1];
        }

        Candidate run() {
            offer(0, false, new Path(0, 0, "", 0));
            while (!queue.isEmpty()) {
                Item item = queue.poll();
                if (item instanceof PieceAfter piece) {
                    spell(piece);
                    continue;
                }
                Step step = (Step) item;
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
                for (int end = step.at() + 1; end <= n; end++) {
                    double bound = bounds[step.at()][end];
                    if (bound > Double.NEGATIVE_INFINITY) {
                        queue.add(new PieceAfter(step, end, step.path().score() + bound + rest[end]));
                    }
                }
            }
            return null;
        }

        /** Spells the piece after a step and offers the paths through it. */
        private void spell(PieceAfter item) {
            Step step = item.step();
            int start = step.at();
            String piece = ocr.substring(start, item.end());
            int slot = start * (n + 1) + item.end();
            if (parts[slot] == null) {
                parts[slot] = bestPart(piece, item.end() < n);
            }
            Part part = parts[slot];
            if (part == NO_PART) {
                return;
            }
            Path path = step.path();
            if (!step.respelled()) {
                offer(item.end(), !part.best().word().equals(piece), path.then(part.best(), rank(part.best())));
                if (part.respelled() != null) {
                    offer(item.end(), true, path.then(part.respelled(), rank(part.respelled())));
                }
            } else {
                offer(item.end(), true, path.then(part.best(), rank(part.best())));
            }
        }

        private void offer(int at, boolean respelled, Path path) {
            Step step = new Step(at, respelled, path, path.score() + rest[at]);
            if (path.score() >= bestSeen[step.layer()][at]) {
                bestSeen[step.layer()][at] = path.score();
                queue.add(step);
            }
        }
    }

    /**
     * Per position, the best sum of piece bounds over the ways to cut the rest of the word into pieces: the search's
     * heuristic, which never underestimates what a path can still add. A piece after which the rest cannot be cut
     * gets minus infinity and is never spelled. Unbounded, 0 everywhere.
     */
    private double[] restBounds(double[][] bounds) {
        int n = bounds.length - 1;
        double[] rest = new double[n + 1];
        for (int start = n - 1; start >= 0 && bounded; start--) {
            rest[start] = Double.NEGATIVE_INFINITY;
            for (int end = start + 1; end <= n; end++) {
                if (rest[end] == Double.NEGATIVE_INFINITY) {
                    bounds[start][end] = Double.NEGATIVE_INFINITY;
                }
                rest[start] = Math.max(rest[start], bounds[start][end] + rest[end]);
            }
        }
        return rest;
    }

    /** What the search orders: a path to a position, or a piece not yet spelled after one. */
    private sealed interface Item permits Step, PieceAfter {
        double priority();

        int parts();

        /** The path so far (a piece's: the path before it). */
        Path path();

        /** Where the item ends in the OCR word. */
        int end();
    }

    /** A path through the first {@code at} letters of the OCR word, with or without a part spelled differently yet. */
    private record Step(int at, boolean respelled, Path path, double priority) implements Item {
        int layer() {
            return respelled ? 1 : 0;
        }

        @Override
        public int parts() {
            return path.parts();
        }

        @Override
        public int end() {
            return at;
        }
    }

    /** The piece from a step's position to {@code end}, with the bound on any path through it. */
    private record PieceAfter(Step step, int end, double priority) implements Item {
        @Override
        public int parts() {
            return step.parts() + 1;
        }

        @Override
        public Path path() {
            return step.path();
        }
    }

    /**
     * Per piece {@code [start, end)}, at most the rank of any spelling {@link #scorePart} can find for it: the log share
     * of the most frequent spelling whose key hashes like the piece's (or, with the linking s, like its stem's; before
     * the last part also a compound-only form's), read without error; for a first piece with too few stable letters,
     * its own word's. Worked out from each piece's key hash, extended letter by letter, without building a string. Minus
     * infinity for a piece with no such spelling, for one with too few stable letters that is no first part read as an
     * indexed word, or after a position no such piece reaches: such a piece is never spelled. Unbounded, every piece the
     * key filter lets through gets 0.
     */
    private double[][] pieceBounds(String ocr) {
        int n = ocr.length();
        double[][] bounds = new double[n + 1][n + 1];
        for (double[] row : bounds) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        // Only positions some bounded piece reaches from the start are ever entered: the other rows are left out.
        boolean[] reachable = new boolean[n + 1];
        reachable[0] = true;
        char[] letters = ocr.toCharArray();
        for (int start = 0; start < n; start++) {
            if (!reachable[start]) {
                continue;
            }
            int hash = 0;
            int wordHash = 0;
            boolean inRun = false;
            int stable = 0;
            for (int end = start + 1; end <= n; end++) {
                char c = letters[end - 1];
                boolean stemInRun = inRun;
                int stem = hash;
                hash = SpellingKey.extendKeyHash(hash, c, inRun);
                wordHash = HashFilter.extend(wordHash, c);
                inRun = SpellingKey.misreadable(c);
                stable += inRun ? 0 : 1;
                int length = end - start;
                if (length < MIN_PART) {
                    continue;
                }
                if (stable < stableLettersNeeded(length, end == n)) {
                    // Not respelled: a first part only as read.
                    double asRead = start == 0 && index.mayContain(wordHash) ? index.count(letters, start, end, wordHash) : 0;
                    if (asRead > 0) {
                        bounds[start][end] = bounded ? logShare(asRead) : 0;
                        reachable[end] = true;
                    }
                    continue;
                }
                double count = keyCount(index, hash);
                if (end < n) {
                    count = Math.max(count, keyCount(compoundParts, hash));
                }
                if (linking(end < n, c, length)) {
                    // The stem's own key, and the key of the stem with the e the linking s replaces.
                    count = Math.max(count, Math.max(keyCount(index, stem), keyCount(index, SpellingKey.extendKeyHash(stem, 'e', stemInRun))));
                }
                if (count > 0) {
                    bounds[start][end] = bounded ? logShare(count) : 0;
                    reachable[end] = true;
                }
            }
        }
        return bounds;
    }

    /**
     * At least the largest count of a spelling whose key has this hash; 0 when the key filter rules the key out.
     * Unbounded, 1 for every key the filter lets through.
     */
    private double keyCount(SpellingIndex spellings, int keyHash) {
        return !spellings.mayContainKey(keyHash) ? 0 : bounded ? spellings.maxCountOfKeyHash(keyHash) : 1;
    }

    /** A compound spelled up to some position: its score (channel and part frequencies), channel, spelling and parts. */
    private record Path(double score, double channel, String spelled, int parts) {
        Path then(Candidate part, double partScore) {
            return new Path(score + partScore, channel + part.channelLogProbability(), spelled + part.word(), parts + 1);
        }
    }

    /** The best spelling of one compound piece, and the best that differs from the piece as read (null: none). */
    private record Part(Candidate best, Candidate respelled) {}

    /** The spellings of one compound piece; parts before the last may end in the linking s or be compound-only forms. */
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
        if (stableLetters(piece) < stableLettersNeeded(piece.length(), !mayLink)) {
            double asRead = index.count(piece);
            return asRead > 0 ? new Part(new Candidate(piece, index.channel(piece, piece), asRead), null) : NO_PART;
        }
        List<Candidate> spellings = new ArrayList<>(index.candidates(piece, 2));
        if (mayLink) {
            spellings.addAll(compoundParts.candidates(piece, 2));
        }
        if (linking(mayLink, piece.charAt(piece.length() - 1), piece.length())) {
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

    /** The letters OCR seldom confuses a piece needs to be respelled: fewer for a long piece or the last part. */
    private static int stableLettersNeeded(int length, boolean last) {
        return length >= LONG_PART || last ? 1 : MIN_PART_KEY;
    }

    private static int stableLetters(String piece) {
        int stable = 0;
        for (int i = 0; i < piece.length(); i++) {
            stable += SpellingKey.misreadable(piece.charAt(i)) ? 0 : 1;
        }
        return stable;
    }

    /** Whether a piece may be a part with the linking s: not the last part, ending in s, longer than the shortest part. */
    private static boolean linking(boolean mayLink, char last, int length) {
        return mayLink && last == 's' && length > MIN_PART;
    }

    /** A part's log channel probability plus log of its share of all counts. */
    private double rank(Candidate c) {
        return c.channelLogProbability() + logShare(c.count());
    }

    private double logShare(double count) {
        return Math.log(count / index.total());
    }
}
