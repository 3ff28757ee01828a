package se.lup.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * How OCR misreads Swedish: counts of clean segments read as other segments ("ä" as "a", "é", "ii"; "ö" as "6";
 * "m" as "rn"), learned by aligning clean words with their OCR readings, plus how often each clean segment occurs.
 * Inverted for repair: for an OCR segment, which clean segments could have produced it and with what probability.
 * All in lower case; case is restored by the repairer.
 */
final class ConfusionModel {
    /** A clean segment that may have been read as some OCR segment, with log P(OCR segment | clean segment). */
    record Reading(String clean, double logProbability) {}

    static final int MAX_OCR_SEGMENT = 3;
    private static final double UNSEEN_IDENTITY = Math.log(0.5);
    private static final int MAX_CLEAN_SEGMENT = 2;
    /** log P of a misreading the model has never seen: possible, but far less likely than any learned one. */
    private static final int PIECE_CACHE_LIMIT = 20_000;
    static final double UNEXPLAINED_EDIT = Math.log(1e-5);

    private final Map<String, Map<String, Double>> confusions = new TreeMap<>();
    private final Map<String, Double> totals = new TreeMap<>();
    private volatile Map<String, List<Reading>> inverse;
    /** log P(read as itself) per character, built with {@link #inverse}. */
    private double[] identity;
    /** Built with {@link #inverse}. */
    private PriceBound priceBound;

    /** Groups readings of no clean letters (none are learned, but a hand-listed one could be). */
    private static final char NO_LETTER = '\0';
    /** Readings are grouped by their first clean letter in an array; letters beyond Latin-1 share its last slot (the chain checks each reading's letters anyway). */
    private static final int LETTER_SLOTS = 257;

    /** Per OCR piece, its segment readings by first clean letter: a scorer prices one OCR piece against many spellings. */
    private final Map<String, List<Reading>[][]> pieceCache = new ConcurrentHashMap<>();

    /** Learns from aligned (clean word, OCR word) pairs. */
    void learn(String cleanWord, String ocrWord) {
        String clean = cleanWord.toLowerCase(Locale.ROOT);
        String ocr = ocrWord.toLowerCase(Locale.ROOT);
        for (int i = 0; i < clean.length(); i++) {
            totals.merge(String.valueOf(clean.charAt(i)), 1.0, Double::sum);
            if (i + 1 < clean.length()) {
                totals.merge(clean.substring(i, i + 2), 1.0, Double::sum);
            }
        }
        if (!clean.equals(ocr)) {
            edits(clean, ocr).forEach(e -> {
                if (e[0].length() <= MAX_CLEAN_SEGMENT && e[1].length() <= MAX_OCR_SEGMENT && !e[0].isEmpty()) {
                    add(e[0], e[1], 1.0);
                }
            });
        }
        inverse = null;
    }

    void add(String clean, String ocr, double count) {
        confusions.computeIfAbsent(clean, k -> new TreeMap<>()).merge(ocr, count, Double::sum);
        inverse = null;
    }

    /** Contiguous runs of edits between the two spellings, as {clean segment, OCR segment}. */
    static List<String[]> edits(String clean, String ocr) {
        int n = clean.length();
        int m = ocr.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (clean.charAt(i - 1) == ocr.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<String[]> runs = new ArrayList<>();
        int i = n;
        int j = m;
        int runCleanEnd = -1;
        int runOcrEnd = -1;
        while (i > 0 || j > 0) {
            boolean match = i > 0 && j > 0 && clean.charAt(i - 1) == ocr.charAt(j - 1) && d[i][j] == d[i - 1][j - 1];
            if (match) {
                if (runCleanEnd >= 0) {
                    runs.add(0, new String[] {clean.substring(i, runCleanEnd), ocr.substring(j, runOcrEnd)});
                    runCleanEnd = -1;
                }
                i--;
                j--;
                continue;
            }
            if (runCleanEnd < 0) {
                runCleanEnd = i;
                runOcrEnd = j;
            }
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        if (runCleanEnd >= 0) {
            runs.add(0, new String[] {clean.substring(0, runCleanEnd), ocr.substring(0, runOcrEnd)});
        }
        return runs;
    }

    /**
     * log P(OCR reads {@code clean} as {@code ocr}) for short strings: the best chain of identities and learned readings,
     * with any edit the model does not know charged {@link #UNEXPLAINED_EDIT}. Not memoised: callers that price
     * the same pieces again keep the results.
     */
    double logProbability(String clean, String ocr) {
        return readAs(ocr).applyAsDouble(clean);
    }

    /** {@link #logProbability} for one OCR piece as a function of the clean piece: scorers price one OCR piece against many spellings. */
    ToDoubleFunction<String> readAs(String ocr) {
        inverse(); // builds the identity table bestChain reads
        List<Reading>[][] piece = pieceCache.get(ocr);
        if (piece == null) {
            if (pieceCache.size() > PIECE_CACHE_LIMIT) {
                pieceCache.clear();
            }
            piece = pieceCache.computeIfAbsent(ocr, this::ocrPiece);
        }
        List<Reading>[][] byFirstLetter = piece;
        return clean -> bestChain(clean, ocr, byFirstLetter);
    }

    /**
     * The readings of each segment of an OCR piece (start × length), grouped by the first letter of their clean side,
     * so the chain for a spelling tries only those that can start at each of its letters.
     */
    private List<Reading>[][] ocrPiece(String ocr) {
        int m = ocr.length();
        @SuppressWarnings("unchecked")
        List<Reading>[][] byFirstLetter = new List[LETTER_SLOTS][];
        for (int j = 0; j <= m; j++) {
            for (int k = 0; k <= MAX_OCR_SEGMENT && j + k <= m; k++) {
                int segment = j * (MAX_OCR_SEGMENT + 1) + k;
                for (Reading r : readings(ocr.substring(j, j + k))) {
                    char first = r.clean().isEmpty() ? NO_LETTER : r.clean().charAt(0);
                    int slot = letterSlot(first);
                    if (byFirstLetter[slot] == null) {
                        @SuppressWarnings("unchecked")
                        List<Reading>[] segments = new List[(m + 1) * (MAX_OCR_SEGMENT + 1)];
                        byFirstLetter[slot] = segments;
                    }
                    List<Reading>[] segments = byFirstLetter[slot];
                    if (segments[segment] == null) {
                        segments[segment] = new ArrayList<>();
                    }
                    segments[segment].add(r);
                }
            }
        }
        return byFirstLetter;
    }

    private static int letterSlot(char c) {
        return Math.min(c, LETTER_SLOTS - 1);
    }

    /** Best chain by dynamic programming over (clean position, OCR position), in one flat row-major array. */
    private double bestChain(String clean, String ocr, List<Reading>[][] byFirstLetter) {
        int n = clean.length();
        int m = ocr.length();
        int width = m + 1;
        double[] best = new double[(n + 1) * width];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        double[] identities = identity;
        List<Reading>[] withoutLetters = byFirstLetter[NO_LETTER];
        for (int i = 0; i <= n; i++) {
            List<Reading>[] startingHere = i < n ? byFirstLetter[letterSlot(clean.charAt(i))] : null;
            // Readings grouped under a letter's own slot start with it; the shared last slot holds several letters.
            boolean firstLetterMatched = i < n && letterSlot(clean.charAt(i)) < LETTER_SLOTS - 1;
            for (int j = 0; j <= m; j++) {
                double here = best[i * width + j];
                if (here == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (i < n && j < m && clean.charAt(i) == ocr.charAt(j)) {
                    relax(best, (i + 1) * width + j + 1, here + identities[clean.charAt(i)]);
                }
                for (int k = 0; k <= MAX_OCR_SEGMENT && j + k <= m; k++) {
                    int segment = j * (MAX_OCR_SEGMENT + 1) + k;
                    if (startingHere != null) {
                        relaxReadings(best, width, clean, i, j + k, here, startingHere[segment], firstLetterMatched);
                    }
                    if (withoutLetters != null) {
                        relaxReadings(best, width, clean, i, j + k, here, withoutLetters[segment], true);
                    }
                }
                if (i < n) {
                    relax(best, (i + 1) * width + j, here + UNEXPLAINED_EDIT);
                }
                if (j < m) {
                    relax(best, i * width + j + 1, here + UNEXPLAINED_EDIT);
                }
                if (i < n && j < m) {
                    relax(best, (i + 1) * width + j + 1, here + UNEXPLAINED_EDIT);
                }
            }
        }
        return best[n * width + m];
    }

    private static void relaxReadings(double[] best, int width, String clean, int i, int jEnd, double here, List<Reading> readings,
            boolean firstLetterMatched) {
        if (readings == null) {
            return;
        }
        for (int r = 0; r < readings.size(); r++) {
            Reading reading = readings.get(r);
            if (startsAt(clean, i, reading.clean(), firstLetterMatched ? 1 : 0)) {
                relax(best, (i + reading.clean().length()) * width + jEnd, here + reading.logProbability());
            }
        }
    }

    /** {@code text.startsWith(segment, at)} for the short segments of the model, from letter {@code from} on (those before are known to match). */
    private static boolean startsAt(String text, int at, String segment, int from) {
        if (at + segment.length() > text.length()) {
            return false;
        }
        for (int k = from; k < segment.length(); k++) {
            if (text.charAt(at + k) != segment.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void relax(double[] best, int cell, double value) {
        if (value > best[cell]) {
            best[cell] = value;
        }
    }

    /** Upper bounds on {@link #logProbability} of clean runs read as one OCR run, worked out without the dynamic programme ({@link PriceBound}). */
    PriceBound.Against upperBounds(String ocr) {
        inverse();
        return priceBound.against(ocr);
    }

    /** The OCR segments the model has readings for. */
    Set<String> ocrSegments() {
        return inverse().keySet();
    }

    /** Clean segments that OCR may have read as {@code ocrSegment} (the empty string: letters OCR dropped). */
    List<Reading> readings(String ocrSegment) {
        return inverse().getOrDefault(ocrSegment, List.of());
    }

    /**
     * log P(a clean character is read as itself). A character never seen in clean text (é, &, {) is mostly a
     * misreading, so taking it as written is given an even chance rather than certainty.
     */
    double identityLogProbability(char c) {
        inverse();
        return identity[c];
    }

    private Map<String, List<Reading>> inverse() {
        Map<String, List<Reading>> built = inverse;
        return built != null ? built : buildInverse();
    }

    private synchronized Map<String, List<Reading>> buildInverse() {
        if (inverse == null) {
            Map<String, List<Reading>> inv = new HashMap<>();
            double[] ids = new double[Character.MAX_VALUE + 1];
            Arrays.fill(ids, UNSEEN_IDENTITY);
            confusions.forEach((clean, readAs) -> {
                double total = Math.max(totals.getOrDefault(clean, 0.0), readAs.values().stream().mapToDouble(Double::doubleValue).sum()) + 1;
                readAs.forEach((ocr, count) -> inv.computeIfAbsent(ocr, k -> new ArrayList<>()).add(new Reading(clean, Math.log(count / total))));
            });
            totals.forEach((clean, total) -> {
                if (clean.length() == 1) {
                    double errors = confusions.getOrDefault(clean, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
                    ids[clean.charAt(0)] = Math.log((Math.max(total - errors, 0) + 1) / (total + 1));
                }
            });
            identity = ids;
            priceBound = new PriceBound(inv, ids);
            inv.values().forEach(list -> list.sort(Comparator.comparingDouble(Reading::logProbability).reversed()));
            inverse = inv;
            pieceCache.clear();
        }
        return inverse;
    }

    void write(Writer out) throws IOException {
        out.write("# kind\tclean\tocr\tcount (generated by bin/lup learn-repair; confusion-priors.tsv adds readings by hand)\n");
        for (var e : totals.entrySet()) {
            if (e.getKey().length() == 1 || confusions.containsKey(e.getKey())) {
                out.write("total\t" + e.getKey() + "\t\t" + format(e.getValue()) + "\n");
            }
        }
        for (var e : confusions.entrySet()) {
            for (var r : e.getValue().entrySet()) {
                out.write("confusion\t" + e.getKey() + "\t" + r.getKey() + "\t" + format(r.getValue()) + "\n");
            }
        }
    }

    /** Reads a model file; {@code total} lines set segment counts, {@code confusion} lines add readings. */
    void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "total" -> totals.merge(f[1], Double.parseDouble(f[3]), Double::sum);
                    case "confusion" -> add(f[1], f[2], Double.parseDouble(f[3]));
                    default -> throw new IllegalArgumentException("unknown line kind: " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inverse = null;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
