package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The key of a word, which OCR misreadings seldom change: the word with each run of the letters and symbols OCR
 * confuses (vowels, å/ä/ö and what Tesseract prints for them, d, l, 1, |) replaced by one mark, so "stadsdelsndmnder"
 * and "stadsdelsnämnder" share the key "st_s_sn_mn_r". An instance is an OCR word, or a variant of it, with its runs
 * marked and its key, worked out in one pass over its letters without building strings.
 */
final class SpellingKey {
    private static final String MISREADABLE_CHARS = "aeiouyåäöéèêëôòóàáâæø&{}(|#@!0146dl";
    private static final boolean[] MISREADABLE = new boolean[256];
    static final char RUN = '_';

    static {
        MISREADABLE_CHARS.chars().forEach(c -> MISREADABLE[c] = true);
    }

    final char[] letters;
    /** Run {@code k} is {@code letters[runStart[k], runEnd[k])}, empty for a letter OCR dropped. */
    final int[] runStart;
    final int[] runEnd;
    final char[] key;
    final int keyHash;
    /** For {@link #variantKeyHash}, worked out when first asked. */
    private int[] prefixHash;
    private int[] suffixHash;
    private int[] suffixPower;

    private SpellingKey(char[] letters, int[] runStart, int[] runEnd, char[] key, int keyHash) {
        this.letters = letters;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.key = key;
        this.keyHash = keyHash;
    }

    static SpellingKey of(char[] letters) {
        int length = letters.length;
        int[] starts = new int[length];
        int[] ends = new int[length];
        char[] key = new char[length];
        int runs = 0;
        int keyLength = 0;
        int hash = 0;
        boolean inRun = false;
        for (int i = 0; i < length; i++) {
            char c = letters[i];
            boolean run = misreadable(c);
            hash = extendKeyHash(hash, c, inRun);
            if (!run) {
                key[keyLength++] = c;
            } else if (!inRun) {
                key[keyLength++] = RUN;
                starts[runs] = i;
            }
            if (inRun && !run) {
                ends[runs++] = i;
            }
            inRun = run;
        }
        if (inRun) {
            ends[runs++] = length;
        }
        return new SpellingKey(letters, Arrays.copyOf(starts, runs), Arrays.copyOf(ends, runs), Arrays.copyOf(key, keyLength), hash);
    }

    int runs() {
        return runStart.length;
    }

    /** The same letters with an empty run (a letter OCR dropped) as run {@code run}, at mark {@code at} of the key. */
    SpellingKey withDroppedRun(int run, int at, int hash) {
        int[] starts = new int[runs() + 1];
        int[] ends = new int[runs() + 1];
        System.arraycopy(runStart, 0, starts, 0, run);
        System.arraycopy(runEnd, 0, ends, 0, run);
        System.arraycopy(runStart, run, starts, run + 1, runs() - run);
        System.arraycopy(runEnd, run, ends, run + 1, runs() - run);
        char[] marked = new char[key.length + 1];
        System.arraycopy(key, 0, marked, 0, at);
        marked[at] = RUN;
        System.arraycopy(key, at, marked, at + 1, key.length - at);
        return new SpellingKey(letters, starts, ends, marked, hash);
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

    static boolean misreadable(char c) {
        return c < MISREADABLE.length && MISREADABLE[c];
    }

    /** {@link String#hashCode()} of the key with a run mark inserted at {@code at}. */
    static int hashWithRunAt(char[] key, int at) {
        int hash = 0;
        for (int i = 0; i < key.length; i++) {
            if (i == at) {
                hash = HashFilter.extend(hash, RUN);
            }
            hash = HashFilter.extend(hash, key[i]);
        }
        return at == key.length ? HashFilter.extend(hash, RUN) : hash;
    }

    /**
     * {@link String#hashCode()} of the key of these letters with the {@code width} letters from {@code at} replaced, built
     * without either string, in the time of the replacement: strings' hashes combine as h(a + b) = h(a) · 31^|b| + h(b),
     * so the hash of the key before {@code at} is extended by the replacement and joined to the hash of the key after it.
     */
    int variantKeyHash(int at, int width, String replacement) {
        if (suffixHash == null) {
            computeAffixHashes();
        }
        int hash = prefixHash[at];
        boolean inRun = at > 0 && misreadable(letters[at - 1]);
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            hash = extendKeyHash(hash, c, inRun);
            inRun = misreadable(c);
        }
        int rest = 2 * (at + width) + (inRun ? 1 : 0);
        return hash * suffixPower[rest] + suffixHash[rest];
    }

    /**
     * Per position, the hash of the key of the letters before it; and per position and whether a run is open before it
     * (index {@code 2 * position + open}), the hash of the key of the letters from it on and 31 to that key's length. An
     * open run absorbs the rest's first run: its mark is not repeated.
     */
    private void computeAffixHashes() {
        int n = letters.length;
        prefixHash = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefixHash[i + 1] = extendKeyHash(prefixHash[i], letters[i], i > 0 && misreadable(letters[i - 1]));
        }
        suffixHash = new int[2 * n + 2];
        suffixPower = new int[2 * n + 2];
        suffixPower[2 * n] = 1;
        suffixPower[2 * n + 1] = 1;
        for (int j = n - 1; j >= 0; j--) {
            char c = letters[j];
            if (misreadable(c)) {
                // A new run's mark, then the rest with a run open; an open run goes on with nothing added.
                suffixHash[2 * j] = RUN * suffixPower[2 * j + 3] + suffixHash[2 * j + 3];
                suffixPower[2 * j] = 31 * suffixPower[2 * j + 3];
                suffixHash[2 * j + 1] = suffixHash[2 * j + 3];
                suffixPower[2 * j + 1] = suffixPower[2 * j + 3];
            } else {
                suffixHash[2 * j] = c * suffixPower[2 * j + 2] + suffixHash[2 * j + 2];
                suffixPower[2 * j] = 31 * suffixPower[2 * j + 2];
                suffixHash[2 * j + 1] = suffixHash[2 * j];
                suffixPower[2 * j + 1] = suffixPower[2 * j];
            }
        }
    }

    /** The key's hash after one more letter: a letter OCR seldom confuses extends it, a run of the others one mark. */
    static int extendKeyHash(int hash, char c, boolean afterRun) {
        return !misreadable(c) ? HashFilter.extend(hash, c) : afterRun ? hash : HashFilter.extend(hash, RUN);
    }
}
