package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Known spellings by their {@link SpellingKey}, which OCR misreadings seldom change: "stadsdelsndmnder" and
 * "stadsdelsnämnder" share the key "st_s_sn_mn_r", so the spellings an OCR word may stand for are one lookup away, and
 * only those few are scored with the confusion model, piece by piece between the letters they share. Built once;
 * immutable.
 */
final class SpellingIndex {
    /** A known spelling, log P(OCR word | this spelling) over the pieces that differ, and its lexicon count. */
    record Candidate(String word, double channelLogProbability, double count) {}

    private static final int KEY_SLOT_BITS = 20;
    private static final int LATIN_1 = 256;

    /** The indexed spellings by id, their counts, and the table that finds a spelling's id from its letters. */
    private final String[] words;
    private final double[] counts;
    private final CharTable wordIds;
    /**
     * The keys by id; the spellings of key {@code k} are the forms {@code bucketStart[k]} to {@code bucketStart[k + 1]},
     * most frequent first, so scoring can stop at the first form whose count alone cannot reach the bound.
     */
    private final CharTable keyIds;
    private final int[] bucketStart;
    /**
     * Per form: its spelling's id and length (kept beside it: most forms are ruled out by length or count alone), its
     * log count, and where its run ids (one per key mark) start in {@link #formRuns}.
     */
    private final int[] formWord;
    private final int[] formLength;
    private final double[] formLogCount;
    private final int[] formRunStart;
    private final int[] formRuns;
    /** The distinct runs of the known spellings, numbered, and log P(run read as itself) by id. */
    private final CharTable runIds;
    private final double[] runIdentity;
    private final HashFilter keyFilter = new HashFilter();
    private final HashFilter wordFilter = new HashFilter();
    /**
     * Per slot of a key's hash, the largest count of a spelling whose key falls there: a bound on a key's counts found
     * from its hash alone, without building the key.
     */
    private final double[] maxCountByKeySlot = new double[1 << KEY_SLOT_BITS];
    /** Sum of all counts: a compound part's probability is its count over this. */
    private double total;
    private double maxCount;
    /** Log P(OCR run | known run) by run id, worked out when first needed. */
    private final RunPrices prices;

    /** Per Latin-1 letter, the readings that change its key; other letters are looked up each time. */
    private final List<List<KeyChange>> keyChanging = new ArrayList<>();
    /**
     * The pairs of OCR letters with readings that change their key ("rn" for "m", "té" for "fö"), as sorted codes
     * (first letter << 16 | second), and those readings by code.
     */
    private final int[] keyChangingPairs;
    private final List<List<KeyChange>> keyChangingPairReadings = new ArrayList<>();
    private final ConfusionModel model;

    SpellingIndex(Collection<String> spellings, ToDoubleFunction<String> count, ConfusionModel model) {
        this.model = model;
        Map<String, Integer> wordId = new HashMap<>();
        List<String> wordList = new ArrayList<>();
        List<Double> countList = new ArrayList<>();
        Map<String, List<Integer>> grouped = new LinkedHashMap<>();
        for (String word : spellings) {
            double c = count.applyAsDouble(word);
            if (wordId.putIfAbsent(word, wordList.size()) == null) {
                grouped.computeIfAbsent(SpellingKey.key(word), k -> new ArrayList<>()).add(wordList.size());
                wordList.add(word);
                countList.add(c);
                total += c;
                maxCount = Math.max(maxCount, c);
                wordFilter.add(word);
            }
        }
        this.words = wordList.toArray(String[]::new);
        this.counts = countList.stream().mapToDouble(Double::doubleValue).toArray();
        this.wordIds = new CharTable(wordList);
        this.keyIds = new CharTable(new ArrayList<>(grouped.keySet()));
        this.bucketStart = new int[grouped.size() + 1];
        this.formWord = new int[words.length];
        this.formLength = new int[words.length];
        this.formLogCount = new double[words.length];
        this.formRunStart = new int[words.length + 1];
        List<Integer> runList = new ArrayList<>();
        Map<String, Integer> runId = new HashMap<>();
        List<String> runTexts = new ArrayList<>();
        int form = 0;
        int key = 0;
        for (Map.Entry<String, List<Integer>> bucket : grouped.entrySet()) {
            keyFilter.add(bucket.getKey());
            int slot = HashFilter.slot(bucket.getKey().hashCode(), KEY_SLOT_BITS);
            bucketStart[key++] = form;
            List<Integer> ids = bucket.getValue();
            ids.sort(Comparator.comparingDouble((Integer w) -> -counts[w]).thenComparingInt(w -> words[w].length()));
            for (int w : ids) {
                maxCountByKeySlot[slot] = Math.max(maxCountByKeySlot[slot], counts[w]);
                formWord[form] = w;
                formLength[form] = words[w].length();
                formLogCount[form] = Math.log(counts[w]);
                formRunStart[form] = runList.size();
                for (String run : SpellingKey.runs(words[w])) {
                    runList.add(runId.computeIfAbsent(run, r -> {
                        runTexts.add(r);
                        return runTexts.size() - 1;
                    }));
                }
                form++;
            }
        }
        bucketStart[key] = form;
        formRunStart[form] = runList.size();
        this.formRuns = runList.stream().mapToInt(Integer::intValue).toArray();
        this.runIds = new CharTable(runTexts);
        this.runIdentity = runTexts.stream().mapToDouble(run -> identity(run.toCharArray(), 0, run.length())).toArray();
        for (char c = 0; c < LATIN_1; c++) {
            keyChanging.add(computeKeyChangingReadings(String.valueOf(c)));
        }
        this.keyChangingPairs = model.ocrSegments().stream().filter(segment -> segment.length() == 2)
                .filter(segment -> !computeKeyChangingReadings(segment).isEmpty())
                .mapToInt(segment -> pairCode(segment.charAt(0), segment.charAt(1))).sorted().toArray();
        for (int code : keyChangingPairs) {
            keyChangingPairReadings.add(computeKeyChangingReadings(String.valueOf(new char[] {(char) (code >>> 16), (char) code})));
        }
        prices = new RunPrices(runTexts.toArray(String[]::new), model);
    }

    /** A lone digit OCR may print for a letter ("1" for "i"): its options are then weighed like a word's. */
    boolean mayBeMisreadLetter(String token) {
        return token.length() == 1 && Character.isDigit(token.charAt(0)) && SpellingKey.misreadable(token.charAt(0));
    }

    /** Whether {@code text[from, to)}, whose {@link String#hashCode()} is {@code hash}, is an indexed spelling. */
    boolean contains(char[] text, int from, int to, int hash) {
        return wordIds.id(text, from, to, hash) >= 0;
    }

    /** False when no indexed spelling has this {@link String#hashCode()}: a cheap test before {@link #contains}. */
    boolean mayContain(int wordHash) {
        return wordFilter.mayContain(wordHash);
    }

    /** False when no indexed spelling has a key with this {@link String#hashCode()}. */
    boolean mayContainKey(int keyHash) {
        return keyFilter.mayContain(keyHash);
    }

    /** Sum of all counts. */
    double total() {
        return total;
    }

    /** The largest count of any spelling. */
    double maxCount() {
        return maxCount;
    }

    /** At least the largest count of a known spelling whose key has this hash ({@link String#hashCode()}); 0 when none has. */
    double maxCountOfKeyHash(int keyHash) {
        return maxCountByKeySlot[HashFilter.slot(keyHash, KEY_SLOT_BITS)];
    }

    /** Lexicon count of an indexed spelling, 0 for others. */
    double count(String lower) {
        return count(lower.toCharArray(), lower.hashCode());
    }

    /** {@link #count(String)} of the letters, whose {@link String#hashCode()} is {@code hash}. */
    double count(char[] letters, int hash) {
        return count(letters, 0, letters.length, hash);
    }

    /** {@link #count(String)} of {@code text[from, to)}, whose {@link String#hashCode()} is {@code hash}. */
    double count(char[] text, int from, int to, int hash) {
        int id = wordIds.id(text, from, to, hash);
        return id < 0 ? 0 : counts[id];
    }

    /**
     * The known spellings that share the key of an OCR word (lower case), most likely (channel × count) first. OCR reads
     * one letter as at most two ("ii") and seldom drops more than one, so only spellings of about its length are scored.
     */
    List<Candidate> candidates(String ocr, int limit) {
        return candidates(ocr, limit, Double.NEGATIVE_INFINITY, 0, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #candidates(String, int)}, leaving out spellings whose channel × count is more than {@code margin}
     * (natural log) below the best other spelling's: the caller drops those anyway, and pricing stops at the first piece
     * that puts a spelling below that bound (every piece's log probability is at most 0). When no spelling of the
     * word's own key other than the word itself reaches {@code widenBelow} (log channel + log count), the search is
     * widened to spellings with a letter OCR dropped or a misread key letter. Spellings scoring below {@code atLeast}
     * are left out too (the caller's own bound: the word as read, less the margin); it is lowered to
     * {@code widenBelow} when above it, so that the spellings left out could not have stopped the widening.
     */
    List<Candidate> candidates(String ocr, int limit, double widenBelow, double margin, double atLeast) {
        CandidateScoring scoring = new CandidateScoring(ocr, margin, widenBelow == Double.NEGATIVE_INFINITY ? atLeast : Math.min(atLeast, widenBelow), limit);
        SpellingKey word = SpellingKey.of(ocr.toCharArray());
        int key = keyIds.id(word.key, 0, word.key.length, word.keyHash);
        score(word, key, 0, scoring);
        if (scoring.best() < widenBelow) {
            scoreDropped(word, scoring);
            scoreMisreadKeyLetters(word, key, scoring);
        }
        return scoring.kept();
    }

    /** OCR also drops a letter outright ("fr" for "för"): the keys with one more run. */
    private void scoreDropped(SpellingKey word, CandidateScoring scoring) {
        char[] key = word.key;
        int runsBefore = 0;
        for (int i = 0; i <= key.length; i++) {
            boolean runBefore = i > 0 && key[i - 1] == SpellingKey.RUN;
            boolean runAfter = i < key.length && key[i] == SpellingKey.RUN;
            int hash = runBefore || runAfter ? 0 : SpellingKey.hashWithRunAt(key, i);
            if (!runBefore && !runAfter && keyFilter.mayContain(hash)) {
                SpellingKey dropped = word.withDroppedRun(runsBefore, i, hash);
                score(dropped, keyIds.id(dropped.key, 0, dropped.key.length, hash), 0, scoring);
            }
            if (runAfter) {
                runsBefore++;
            }
        }
    }

    /**
     * A misreading may change the key ("t" for "l" in "vitket", "i" for "t" in "ati"): the keys of the spellings
     * the confusion model reads each letter from, one letter at a time; a spelling found so is scored against that
     * variant, plus the reading's own log probability.
     */
    private void scoreMisreadKeyLetters(SpellingKey word, int key, CandidateScoring scoring) {
        char[] ocr = word.letters;
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < ocr.length; i++) {
            addVariants(word, i, 1, keyChangingReadings(ocr[i]), variants);
            if (i + 1 < ocr.length) {
                int pair = Arrays.binarySearch(keyChangingPairs, pairCode(ocr[i], ocr[i + 1]));
                if (pair >= 0) {
                    addVariants(word, i, 2, keyChangingPairReadings.get(pair), variants);
                }
            }
        }
        // Likeliest first: the floor the first ones set stops the others, most of them before they are even built.
        variants.sort(Comparator.comparingDouble(v -> -v.bound()));
        for (Variant v : variants) {
            if (v.bound() < scoring.floor()) {
                break;
            }
            String clean = v.clean();
            char[] letters = new char[ocr.length - v.width() + clean.length()];
            System.arraycopy(ocr, 0, letters, 0, v.at());
            clean.getChars(0, clean.length(), letters, v.at());
            System.arraycopy(ocr, v.at() + v.width(), letters, v.at() + clean.length(), ocr.length - v.at() - v.width());
            SpellingKey variant = SpellingKey.of(letters);
            int variantKey = keyIds.id(variant.key, 0, variant.key.length, variant.keyHash);
            if (variantKey >= 0 && variantKey != key) {
                score(variant, variantKey, v.misreading(), scoring);
            }
        }
    }

    /**
     * A variant of an OCR word: its {@code width} letters from {@code at} read as a reading's clean side, the reading's
     * {@link KeyChange#misreading}, and at most what its spellings score (from the largest count of a key with its key's hash).
     */
    private record Variant(int at, int width, String clean, double misreading, double bound) {}

    /**
     * A reading that changes its OCR segment's key: its clean side, and its log probability less what {@link #score}
     * charges again for that side's letters ({@link #identityInRuns}).
     */
    private record KeyChange(String clean, double misreading) {}

    /** The variants of a word with its {@code width} letters from {@code at} read as each reading's clean side. */
    private void addVariants(SpellingKey word, int at, int width, List<KeyChange> readings, List<Variant> variants) {
        for (KeyChange r : readings) {
            // Most variants have no key in the index: the filter rules them out before anything is built.
            int keyHash = word.variantKeyHash(at, width, r.clean());
            if (keyFilter.mayContain(keyHash)) {
                variants.add(new Variant(at, width, r.clean(), r.misreading(), r.misreading() + Math.log(maxCountOfKeyHash(keyHash))));
            }
        }
    }

    private static int pairCode(char first, char second) {
        return first << 16 | second;
    }

    /**
     * What {@link #score} charges for reading the clean letters of a misreading as themselves, where they fall in the
     * variant's runs: the reading's own probability already prices them ("g" read for "ö" is not also "ö" read as "ö").
     */
    private double identityInRuns(String clean) {
        double logProbability = 0;
        for (int i = 0; i < clean.length(); i++) {
            if (SpellingKey.misreadable(clean.charAt(i))) {
                logProbability += model.identityLogProbability(clean.charAt(i));
            }
        }
        return logProbability;
    }

    /** The readings of an OCR letter whose key differs from the letter's ("l" read as "t"); others change no key. */
    private List<KeyChange> keyChangingReadings(char c) {
        return c < keyChanging.size() ? keyChanging.get(c) : computeKeyChangingReadings(String.valueOf(c));
    }

    /** The readings of an OCR segment whose key differs from the segment's. */
    private List<KeyChange> computeKeyChangingReadings(String read) {
        return model.readings(read).stream().filter(r -> !SpellingKey.key(r.clean()).equals(SpellingKey.key(read)))
                .map(r -> new KeyChange(r.clean(), r.logProbability() - identityInRuns(r.clean()))).toList();
    }

    /**
     * Scores the forms of one key (an id, -1: none) against OCR runs that line up with theirs; the model prices each
     * piece once.
     */
    private void score(SpellingKey word, int key, double misreading, CandidateScoring scoring) {
        if (key < 0) {
            return;
        }
        int runs = word.runs();
        // Per OCR run: its id among the known runs, its price read as written, and (when first needed) its price table.
        int[] ocrIds = new int[runs];
        double[] asWritten = new double[runs];
        for (int k = 0; k < runs; k++) {
            ocrIds[k] = runIds.id(word.letters, word.runStart[k], word.runEnd[k]);
            asWritten[k] = ocrIds[k] >= 0 ? runIdentity[ocrIds[k]] : identity(word.letters, word.runStart[k], word.runEnd[k]);
        }
        RunPrices.Table[] tables = new RunPrices.Table[runs];
        for (int form = bucketStart[key]; form < bucketStart[key + 1]; form++) {
            double floor = scoring.floor() - formLogCount[form];
            if (misreading < floor) {
                break;
            }
            int length = formLength[form];
            if (length > word.letters.length + 2 || length < word.letters.length - 2) {
                continue;
            }
            double channel = misreading;
            for (int k = 0; k < runs && channel >= floor; k++) {
                int clean = formRuns[formRunStart[form] + k];
                if (clean == ocrIds[k]) {
                    channel += asWritten[k];
                } else {
                    if (tables[k] == null) {
                        tables[k] = ocrIds[k] >= 0 ? prices.table(ocrIds[k])
                                : prices.table(new String(word.letters, word.runStart[k], word.runEnd[k] - word.runStart[k]));
                    }
                    channel += tables[k].price(clean, floor - channel);
                }
            }
            if (channel >= floor) {
                int spelling = formWord[form];
                scoring.add(new Candidate(words[spelling], channel, counts[spelling]), channel + formLogCount[form]);
            }
        }
    }

    /** Log P(letters read as themselves). */
    private double identity(char[] letters, int from, int to) {
        double logProbability = 0;
        for (int i = from; i < to; i++) {
            logProbability += model.identityLogProbability(letters[i]);
        }
        return logProbability;
    }

    /**
     * log P(OCR word | spelling) for two strings with the same key: the letters of the key are read right by
     * construction, so only the pieces between them are scored (the same letters for every spelling of one word).
     */
    double channel(String clean, String ocr) {
        double logProbability = 0;
        int i = 0;
        int j = 0;
        while (i < clean.length() || j < ocr.length()) {
            int ci = i;
            while (ci < clean.length() && SpellingKey.misreadable(clean.charAt(ci))) {
                ci++;
            }
            int oj = j;
            while (oj < ocr.length() && SpellingKey.misreadable(ocr.charAt(oj))) {
                oj++;
            }
            if (ci - i == oj - j && clean.regionMatches(i, ocr, j, ci - i)) {
                for (int k = i; k < ci; k++) {
                    logProbability += model.identityLogProbability(clean.charAt(k));
                }
            } else {
                logProbability += model.logProbability(clean.substring(i, ci), ocr.substring(j, oj));
            }
            i = ci + 1;
            j = oj + 1;
        }
        return logProbability;
    }
}
