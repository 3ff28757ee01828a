package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Scores OCR repair on clean/OCR pairs, whitespace folded: CER (character edits per clean character), WER (word
 * edits per clean word) and the WER of the clean words that contain å/ä/ö (a word counts as wrong unless the
 * aligned word is identical). Also measures {@link OcrFolding} on the same pairs.
 */
public final class RepairEvaluation {
    /** Error rates summed over pairs. */
    public record Scores(double cer, double wer, double swedishLetterWer, int words, int swedishLetterWords) {}

    /** Before and after repair on the same pairs; pairs that could not be scored, as "id: reason", are left out. */
    public record Result(int pairs, Scores raw, Scores repaired, List<String> skipped) {}

    /**
     * How well folding joins a clean word and its OCR reading: share of aligned word pairs with the same key (all,
     * and those with å/ä/ö), and how many distinct clean words share a key with another clean word.
     */
    public record FoldingScores(int wordPairs, double sameKey, double sameKeySwedishLetters, int distinctCleanWords, int collidingCleanWords) {}

    private RepairEvaluation() {}

    /** Scores every pair; one too long to align is skipped and named in the result, the others still count. */
    public static Result evaluate(List<OcrDevSplit.Pair> pairs, UnaryOperator<String> repair) {
        Counter raw = new Counter();
        Counter repaired = new Counter();
        List<String> skipped = new ArrayList<>();
        for (OcrDevSplit.Pair p : pairs) {
            Counter pairRaw = new Counter();
            Counter pairRepaired = new Counter();
            try {
                pairRaw.add(p.clean(), p.ocr());
                pairRepaired.add(p.clean(), repair.apply(p.ocr()));
            } catch (IllegalArgumentException e) {
                skipped.add(p.id() + ": " + e.getMessage());
                continue;
            }
            raw.add(pairRaw);
            repaired.add(pairRepaired);
        }
        return new Result(pairs.size() - skipped.size(), raw.scores(), repaired.scores(), List.copyOf(skipped));
    }

    /** The clean words that are still wrong after repair, as "clean -> repaired (OCR)", for inspection; pairs too long to align are left out. */
    public static List<String> remainingErrors(List<OcrDevSplit.Pair> pairs, UnaryOperator<String> repair) {
        List<String> errors = new ArrayList<>();
        for (OcrDevSplit.Pair p : pairs) {
            List<String> clean = split(foldWhitespace(p.clean()));
            List<String> ocr = split(foldWhitespace(p.ocr()));
            List<String> repaired = split(foldWhitespace(repair.apply(p.ocr())));
            int[] toRepaired;
            int[] toOcr;
            try {
                toRepaired = WordAlignment.align(clean, repaired);
                toOcr = WordAlignment.align(clean, ocr);
            } catch (IllegalArgumentException e) {
                continue; // too long to align: evaluate() names it
            }
            for (int i = 0; i < clean.size(); i++) {
                String r = toRepaired[i] < 0 ? "" : repaired.get(toRepaired[i]);
                if (!r.equals(clean.get(i))) {
                    errors.add(p.id() + ": " + clean.get(i) + " -> " + r + " (" + (toOcr[i] < 0 ? "" : ocr.get(toOcr[i])) + ")");
                }
            }
        }
        return errors;
    }

    public static FoldingScores folding(List<OcrDevSplit.Pair> pairs) {
        int total = 0;
        int same = 0;
        int swedish = 0;
        int swedishSame = 0;
        Set<String> cleanWords = new HashSet<>();
        for (OcrDevSplit.Pair p : pairs) {
            List<String> clean = Tokens.words(p.clean());
            List<String> ocr = Tokens.words(p.ocr());
            int[] target = WordAlignment.align(clean, ocr);
            for (int i = 0; i < clean.size(); i++) {
                cleanWords.add(clean.get(i).toLowerCase(Locale.ROOT));
                if (target[i] < 0) {
                    continue;
                }
                boolean sameKey = OcrFolding.fold(clean.get(i)).equals(OcrFolding.fold(ocr.get(target[i])));
                total++;
                same += sameKey ? 1 : 0;
                if (Tokens.hasSwedishLetter(clean.get(i))) {
                    swedish++;
                    swedishSame += sameKey ? 1 : 0;
                }
            }
        }
        Map<String, Integer> perKey = new HashMap<>();
        cleanWords.forEach(w -> perKey.merge(OcrFolding.fold(w), 1, Integer::sum));
        int colliding = cleanWords.stream().mapToInt(w -> perKey.get(OcrFolding.fold(w)) > 1 ? 1 : 0).sum();
        return new FoldingScores(total, ratio(same, total), ratio(swedishSame, swedish), cleanWords.size(), colliding);
    }

    private static final class Counter {
        long charEdits;
        long chars;
        long wordEdits;
        int words;
        int swedishWrong;
        int swedishWords;

        void add(String cleanText, String hypothesisText) {
            String clean = foldWhitespace(cleanText);
            String hypothesis = foldWhitespace(hypothesisText);
            List<String> cleanWords = split(clean);
            List<String> hypothesisWords = split(hypothesis);
            // Aligned first: it refuses texts too long for the quadratic measures below.
            int[] target = WordAlignment.align(cleanWords, hypothesisWords);
            charEdits += EditDistance.chars(clean, hypothesis);
            chars += clean.length();
            wordEdits += EditDistance.words(cleanWords, hypothesisWords);
            words += cleanWords.size();
            for (int i = 0; i < cleanWords.size(); i++) {
                if (Tokens.hasSwedishLetter(cleanWords.get(i))) {
                    swedishWords++;
                    if (target[i] < 0 || !cleanWords.get(i).equals(hypothesisWords.get(target[i]))) {
                        swedishWrong++;
                    }
                }
            }
        }

        void add(Counter pair) {
            charEdits += pair.charEdits;
            chars += pair.chars;
            wordEdits += pair.wordEdits;
            words += pair.words;
            swedishWrong += pair.swedishWrong;
            swedishWords += pair.swedishWords;
        }

        Scores scores() {
            return new Scores(ratio(charEdits, chars), ratio(wordEdits, words), ratio(swedishWrong, swedishWords), words, swedishWords);
        }
    }

    static String foldWhitespace(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> split(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
