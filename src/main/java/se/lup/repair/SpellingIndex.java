package se.lup.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Known spellings by a key that OCR misreadings seldom change: the word with each run of the letters and symbols OCR
 * confuses (vowels, å/ä/ö and what Tesseract prints for them, d, l, 1, |) replaced by one mark. "stadsdelsndmnder" and
 * "stadsdelsnämnder" share the key "st_s_s_n_mn_r", so the spellings an OCR word may stand for are one hash lookup away, and only those few are
 * scored with the confusion model, piece by piece between the letters they share. Built once; immutable.
 */
final class SpellingIndex {
    /** A known spelling, log P(OCR word | this spelling) over the pieces that differ, and its lexicon count. */
    record Candidate(String word, double channelLogProbability, double count) {}

    private static final String MISREADABLE_CHARS = "aeiouyåäöéèêëôòóàáâæø&{|#0146dl";
    private static final boolean[] MISREADABLE = new boolean[256];
    private static final char RUN = '_';
    private static final int KEY_SLOT_BITS = 20;

    static {
        MISREADABLE_CHARS.chars().forEach(c -> MISREADABLE[c] = true);
    }

    /** A known spelling with its misreadable runs (one per key mark, as run ids) and lexicon count. */
    private record Form(String word, int[] runs, double count, double logCount) {}

    private final Map<String, Form[]> byKey = new HashMap<>();
    private final HashFilter keyFilter = new HashFilter();
    private final Map<String, Double> counts = new HashMap<>();
    /**
     * Per slot of a key's hash, the largest count of a spelling whose key falls there: a bound on a key's counts found
     * from its hash alone, without building the key.
     */
    private final double[] maxCountByKeySlot = new double[1 << KEY_SLOT_BITS];
    /** The largest count of a spelling of each length (the last slot: that length or longer). */
    private final double[] maxCountByLength = new double[64];
    /** Sum of all counts: a compound part's probability is its count over this. */
    private double total;
    private final HashFilter wordFilter = new HashFilter();
    private final Map<String, Double> runIdentity = new ConcurrentHashMap<>();
    /** The distinct runs of the known spellings, numbered: pricing an OCR run against them is an array lookup. */
    private final Map<String, Integer> runIds = new HashMap<>();
    /** Log P(OCR run | known run) by run id, worked out when first needed. */
    private final RunPrices prices;

    /** Per Latin-1 letter, the readings that change its key; other letters are looked up each time. */
    private final List<List<ConfusionModel.Reading>> keyChanging = new ArrayList<>();
    private final ConfusionModel model;

    SpellingIndex(Collection<String> words, ToDoubleFunction<String> count, ConfusionModel model) {
        this.model = model;
        Map<String, List<String>> grouped = new HashMap<>();
        for (String word : words) {
            double c = count.applyAsDouble(word);
            if (counts.putIfAbsent(word, c) == null) {
                total += c;
                int slot = Math.min(word.length(), maxCountByLength.length - 1);
                maxCountByLength[slot] = Math.max(maxCountByLength[slot], c);
                grouped.computeIfAbsent(key(word), k -> new ArrayList<>()).add(word);
                wordFilter.add(word);
            }
        }
        grouped.forEach((key, spellings) -> {
            keyFilter.add(key);
            int slot = HashFilter.slot(key.hashCode(), KEY_SLOT_BITS);
            spellings.forEach(w -> maxCountByKeySlot[slot] = Math.max(maxCountByKeySlot[slot], counts.get(w)));
        });
        for (char c = 0; c < MISREADABLE.length; c++) {
            keyChanging.add(computeKeyChangingReadings(c));
        }
        List<String> runList = new ArrayList<>();
        grouped.forEach((key, forms) -> {
            // Most frequent first, so scoring can stop at the first form whose count alone cannot reach the bound.
            forms.sort(Comparator.comparingDouble((String w) -> -counts.get(w)).thenComparingInt(String::length));
            byKey.put(key, forms.stream().map(w -> {
                String[] runs = runs(w);
                int[] ids = new int[runs.length];
                for (int i = 0; i < runs.length; i++) {
                    ids[i] = runIds.computeIfAbsent(runs[i], r -> {
                        runList.add(r);
                        return runList.size() - 1;
                    });
                }
                double c = counts.get(w);
                return new Form(w, ids, c, Math.log(c));
            }).toArray(Form[]::new));
        });
        prices = new RunPrices(runList.toArray(String[]::new), model);
    }

    /** The letters OCR seldom confuses, with one {@code _} for each run of the others between them. */
    static String key(String lower) {
        StringBuilder key = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean run = misreadable(c);
            if (!run) {
                key.append(c);
            } else if (!inRun) {
                key.append(RUN);
            }
            inRun = run;
        }
        return key.toString();
    }

    /** The runs of misreadable letters, in the order of the key's marks. */
    static String[] runs(String lower) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean run = i < lower.length() && misreadable(lower.charAt(i));
            if (run && start < 0) {
                start = i;
            } else if (!run && start >= 0) {
                runs.add(lower.substring(start, i));
                start = -1;
            }
        }
        return runs.toArray(String[]::new);
    }

    /** A lone digit OCR may print for a letter ("1" for "i"): its options are then weighed like a word's. */
    boolean mayBeMisreadLetter(String token) {
        return token.length() == 1 && Character.isDigit(token.charAt(0)) && misreadable(token.charAt(0));
    }

    static boolean misreadable(char c) {
        return c < MISREADABLE.length && MISREADABLE[c];
    }

    boolean contains(String lower) {
        return counts.containsKey(lower);
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

    /** The largest count of a spelling {@code length} letters long (for longer lengths than the table holds: of them all). */
    double maxCount(int length) {
        return maxCountByLength[Math.min(length, maxCountByLength.length - 1)];
    }

    /** At least the largest count of a known spelling whose key has this hash ({@link String#hashCode()}); 0 when none has. */
    double maxCountOfKeyHash(int keyHash) {
        return maxCountByKeySlot[HashFilter.slot(keyHash, KEY_SLOT_BITS)];
    }

    /** Lexicon count of an indexed spelling, 0 for others. */
    double count(String lower) {
        return counts.getOrDefault(lower, 0.0);
    }

    /**
     * The known spellings that share the key of an OCR word (lower case), most likely (channel × count) first. OCR reads
     * one letter as at most two ("ii") and seldom drops more than one, so only spellings of about its length are scored.
     */
    List<Candidate> candidates(String ocr, int limit) {
        return candidates(ocr, limit, Double.NEGATIVE_INFINITY, 0);
    }

    /**
     * As {@link #candidates(String, int)}, leaving out spellings whose channel × count is more than {@code margin}
     * (natural log) below the best other spelling's: the caller drops those anyway, and pricing stops at the first piece
     * that puts a spelling below that bound (every piece's log probability is at most 0). When no spelling of the
     * word's own key other than the word itself reaches {@code widenBelow} (log channel + log count), the search is
     * widened to spellings with a letter OCR dropped or a misread key letter.
     */
    List<Candidate> candidates(String ocr, int limit, double widenBelow, double margin) {
        CandidateScoring scoring = new CandidateScoring(ocr, margin, limit);
        String key = key(ocr);
        score(ocr, runs(ocr), byKey.get(key), 0, scoring);
        if (scoring.best() < widenBelow) {
            scoreDropped(ocr, key, scoring);
            scoreMisreadKeyLetters(ocr, key, scoring);
        }
        return scoring.kept();
    }

    /** OCR also drops a letter outright ("fr" for "för"): the keys with one more run. */
    private void scoreDropped(String ocr, String key, CandidateScoring scoring) {
        String[] runs = runs(ocr);
        int runsBefore = 0;
        for (int i = 0; i <= key.length(); i++) {
            boolean runBefore = i > 0 && key.charAt(i - 1) == RUN;
            boolean runAfter = i < key.length() && key.charAt(i) == RUN;
            if (!runBefore && !runAfter && keyFilter.mayContain(hashWithRunAt(key, i))) {
                String[] withDropped = new String[runs.length + 1];
                System.arraycopy(runs, 0, withDropped, 0, runsBefore);
                withDropped[runsBefore] = "";
                System.arraycopy(runs, runsBefore, withDropped, runsBefore + 1, runs.length - runsBefore);
                score(ocr, withDropped, byKey.get(key.substring(0, i) + RUN + key.substring(i)), 0, scoring);
            }
            if (runAfter) {
                runsBefore++;
            }
        }
    }

    /** {@link String#hashCode()} of the key with a run mark inserted at {@code at}. */
    private static int hashWithRunAt(String key, int at) {
        int hash = 0;
        for (int i = 0; i < key.length(); i++) {
            if (i == at) {
                hash = HashFilter.extend(hash, RUN);
            }
            hash = HashFilter.extend(hash, key.charAt(i));
        }
        return at == key.length() ? HashFilter.extend(hash, RUN) : hash;
    }

    /** {@link String#hashCode()} of the key of {@code ocr} with the letter at {@code at} replaced, built without either string. */
    private static int variantKeyHash(String ocr, int at, String replacement) {
        int hash = 0;
        boolean inRun = false;
        int length = ocr.length() - 1 + replacement.length();
        for (int p = 0; p < length; p++) {
            char c = p < at ? ocr.charAt(p) : p < at + replacement.length() ? replacement.charAt(p - at) : ocr.charAt(p - replacement.length() + 1);
            hash = extendKeyHash(hash, c, inRun);
            inRun = misreadable(c);
        }
        return hash;
    }

    /** The key's hash after one more letter: a letter OCR seldom confuses extends it, a run of the others one mark. */
    static int extendKeyHash(int hash, char c, boolean afterRun) {
        return !misreadable(c) ? HashFilter.extend(hash, c) : afterRun ? hash : HashFilter.extend(hash, RUN);
    }

    /**
     * A misreading may change the key ("t" for "l" in "vitket", "i" for "t" in "ati"): the keys of the spellings
     * the confusion model reads each letter from, one letter at a time; a spelling found so is scored against that
     * variant, plus the reading's own log probability.
     */
    private void scoreMisreadKeyLetters(String ocr, String key, CandidateScoring scoring) {
        for (int i = 0; i < ocr.length(); i++) {
            for (ConfusionModel.Reading r : keyChangingReadings(ocr.charAt(i))) {
                // Most variants have no key in the index: the filter rules them out before any string is built.
                if (!keyFilter.mayContain(variantKeyHash(ocr, i, r.clean()))) {
                    continue;
                }
                String variant = ocr.substring(0, i) + r.clean() + ocr.substring(i + 1);
                String variantKey = key(variant);
                Form[] forms = variantKey.equals(key) ? null : byKey.get(variantKey);
                if (forms != null) {
                    score(variant, runs(variant), forms, r.logProbability() - identityInRuns(r.clean()), scoring);
                }
            }
        }
    }

    /**
     * What {@link #score} charges for reading the clean letters of a misreading as themselves, where they fall in the
     * variant's runs: the reading's own probability already prices them ("g" read for "ö" is not also "ö" read as "ö").
     */
    private double identityInRuns(String clean) {
        double logProbability = 0;
        for (int i = 0; i < clean.length(); i++) {
            if (misreadable(clean.charAt(i))) {
                logProbability += model.identityLogProbability(clean.charAt(i));
            }
        }
        return logProbability;
    }

    /** The readings of an OCR letter whose key differs from the letter's ("l" read as "t"); others change no key. */
    private List<ConfusionModel.Reading> keyChangingReadings(char c) {
        return c < keyChanging.size() ? keyChanging.get(c) : computeKeyChangingReadings(c);
    }

    private List<ConfusionModel.Reading> computeKeyChangingReadings(char c) {
        String read = String.valueOf(c);
        return model.readings(read).stream().filter(r -> !key(r.clean()).equals(key(read))).toList();
    }

    /** Scores the forms of one key against OCR runs that line up with theirs; the model prices each piece once. */
    private void score(String ocr, String[] ocrRuns, Form[] forms, double misreading, CandidateScoring scoring) {
        if (forms == null) {
            return;
        }
        // Per OCR run: its id among the known runs, its price read as written, and (when first needed) its price table.
        int[] ocrIds = new int[ocrRuns.length];
        double[] asWritten = new double[ocrRuns.length];
        for (int k = 0; k < ocrRuns.length; k++) {
            ocrIds[k] = runIds.getOrDefault(ocrRuns[k], -1);
            asWritten[k] = identity(ocrRuns[k]);
        }
        RunPrices.Table[] tables = new RunPrices.Table[ocrRuns.length];
        for (Form form : forms) {
            double floor = scoring.floor() - form.logCount();
            if (misreading < floor) {
                break;
            }
            int length = form.word().length();
            if (length > ocr.length() + 2 || length < ocr.length() - 2) {
                continue;
            }
            double channel = misreading;
            for (int k = 0; k < ocrRuns.length && channel >= floor; k++) {
                int clean = form.runs()[k];
                if (clean == ocrIds[k]) {
                    channel += asWritten[k];
                } else {
                    if (tables[k] == null) {
                        tables[k] = prices.table(ocrRuns[k], ocrIds[k]);
                    }
                    channel += tables[k].price(clean, floor - channel);
                }
            }
            if (channel >= floor) {
                scoring.add(new Candidate(form.word(), channel, form.count()), channel + form.logCount());
            }
        }
    }

    private double identity(String run) {
        Double known = runIdentity.get(run);
        if (known == null) {
            known = 0.0;
            for (int i = 0; i < run.length(); i++) {
                known += model.identityLogProbability(run.charAt(i));
            }
            runIdentity.put(run, known);
        }
        return known;
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
            while (ci < clean.length() && misreadable(clean.charAt(ci))) {
                ci++;
            }
            int oj = j;
            while (oj < ocr.length() && misreadable(ocr.charAt(oj))) {
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
