package se.lup.diff;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lup.repair.OcrFolding;

/**
 * A text reduced to what survives OCR noise and reflowing: words OCR-folded ({@link OcrFolding}), diacritics and
 * punctuation dropped, whitespace collapsed, leading section numbers removed (so renumbered headings still match),
 * and its character trigrams.
 * Two versions of a record are compared through their profiles, never through raw strings.
 */
record TextProfile(String folded, Set<String> trigrams) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\.?\\s*");

    static TextProfile of(String text) {
        String folded = fold(text == null ? "" : text);
        Set<String> grams = new HashSet<>();
        String padded = " " + folded + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return new TextProfile(folded, Set.copyOf(grams));
    }

    /** A heading or record text folded, its leading section number dropped. */
    static String fold(String text) {
        return foldWords(unnumbered(text));
    }

    /** A heading without its leading section number: "4.1 Rinkeby-Kista" → "Rinkeby-Kista". */
    static String unnumbered(String heading) {
        return LEADING_NUMBER.matcher(heading).replaceFirst("");
    }

    /** Words folded as they are, numbers kept. */
    static String foldWords(String text) {
        String ocrFolded = WHITESPACE.splitAsStream(text).map(OcrFolding::fold).collect(Collectors.joining(" "));
        String ascii = MARKS.matcher(Normalizer.normalize(ocrFolded, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Dice coefficient of the trigram sets: 1 for equal folded texts, near 0 for unrelated ones. */
    double similarity(TextProfile other) {
        if (folded.equals(other.folded)) {
            return 1.0;
        }
        if (trigrams.isEmpty() || other.trigrams.isEmpty()) {
            return 0.0;
        }
        Set<String> smaller = trigrams.size() <= other.trigrams.size() ? trigrams : other.trigrams;
        Set<String> larger = smaller == trigrams ? other.trigrams : trigrams;
        long shared = smaller.stream().filter(larger::contains).count();
        return 2.0 * shared / (trigrams.size() + other.trigrams.size());
    }
}
