package se.lup.repair;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the generated repair knowledge: the confusion model from the tuning ocr-dev pairs and the OCR pairs made from
 * clean corpus text ({@link LearningSources}; word-aligned, then character-aligned), and word / word-pair counts from
 * clean Swedish text (the given clean documents plus the clean side of the tuning pairs). Held-out pairs are never
 * read. Writes {@code confusions.tsv}, {@code word-counts.tsv} and the expanded Hunspell word forms ({@link HunspellForms}).
 */
public final class RepairKnowledgeLearner {
    /** What was learned from how much. */
    public record Summary(int pairs, int confusionPairs, int alignedWords, int confusedWords, long cleanWords) {}

    private RepairKnowledgeLearner() {}

    /**
     * Learns from the tuning pairs and from {@code confusionPairs}, OCR pairs made from clean text: their clean side adds
     * nothing to the counts, being one of the clean texts already.
     */
    public static Summary learn(List<OcrDevSplit.Pair> tuningPairs, List<OcrDevSplit.Pair> confusionPairs, List<String> cleanTexts, Path outDir)
            throws IOException {
        ConfusionModel confusions = new ConfusionModel();
        WordStatistics statistics = new WordStatistics();
        int aligned = 0;
        int confused = 0;
        List<OcrDevSplit.Pair> pairs = new ArrayList<>(tuningPairs);
        pairs.addAll(confusionPairs);
        for (OcrDevSplit.Pair pair : pairs) {
            List<String> clean = Tokens.words(pair.clean());
            List<String> ocr = Tokens.words(pair.ocr());
            int[] target = WordAlignment.align(clean, ocr);
            for (int i = 0; i < clean.size(); i++) {
                if (target[i] < 0 || !plausibleReading(clean.get(i), ocr.get(target[i]))) {
                    continue;
                }
                aligned++;
                if (!clean.get(i).equals(ocr.get(target[i]))) {
                    confused++;
                }
                confusions.learn(clean.get(i), ocr.get(target[i]));
            }
        }
        tuningPairs.forEach(pair -> statistics.learn(pair.clean()));
        cleanTexts.forEach(statistics::learn);
        Files.createDirectories(outDir);
        try (Writer out = Files.newBufferedWriter(outDir.resolve("confusions.tsv"), StandardCharsets.UTF_8)) {
            confusions.write(out);
        }
        try (Writer out = Files.newBufferedWriter(outDir.resolve("word-counts.tsv"), StandardCharsets.UTF_8)) {
            statistics.write(out);
        }
        return new Summary(tuningPairs.size(), confusionPairs.size(), aligned, confused, statistics.total());
    }

    /** Expands the Hunspell dictionary into {@code outDir} (tens of seconds; the forms do not depend on the pairs). */
    public static int writeHunspellForms(Path outDir) throws IOException {
        List<String> forms = HunspellForms.generate();
        HunspellForms.write(forms, outDir.resolve(Path.of(HunspellForms.FILE).getFileName()));
        return forms.size();
    }

    /** Words aligned by position that differ in more than half their letters are different words, not misreadings. */
    private static boolean plausibleReading(String clean, String ocr) {
        return EditDistance.chars(clean.toLowerCase(), ocr.toLowerCase()) <= Math.max(2, clean.length() / 2);
    }
}
