package se.lup.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/**
 * What repair knowledge is learned from besides the tuning ocr-dev pairs ({@code pipeline/repair/learning.json}):
 * clean texts for the word counts, and folders of OCR pairs made from clean corpus text (typeset, degraded and read
 * by Tesseract's English model like the ocr-dev pairs) that add to the confusion model's evidence only. Paths are
 * relative to the project folder.
 */
public record LearningSources(List<String> cleanTexts, List<String> confusionPairs) {
    public LearningSources {
        cleanTexts = List.copyOf(cleanTexts);
        confusionPairs = confusionPairs == null ? List.of() : List.copyOf(confusionPairs);
    }

    public static LearningSources load() {
        try (InputStream in = PipelineFiles.open("repair/learning.json")) {
            return Json.MAPPER.readValue(in, LearningSources.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/repair/learning.json", e);
        }
    }

    /** The clean texts that {@code keep} accepts (by path), read from {@code home}. */
    public List<String> readCleanTexts(Path home, Predicate<String> keep) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : cleanTexts) {
            if (keep.test(file)) {
                texts.add(Files.readString(home.resolve(file), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /**
     * The OCR pairs of the confusion-pair folders under {@code home}, page by page, whose names {@code keep} accepts
     * (a pair is named after the clean text it was made from, so a text can be left out with its pairs).
     */
    public List<OcrDevSplit.Pair> readConfusionPairs(Path home, Predicate<String> keep) throws IOException {
        List<OcrDevSplit.Pair> pairs = new ArrayList<>();
        for (String folder : confusionPairs) {
            if (!Files.isDirectory(home.resolve(folder))) {
                throw new NoSuchFileException(folder, null, "no such folder of OCR pairs (confusion_pairs in pipeline/repair/learning.json)");
            }
            pairs.addAll(OcrDevSplit.pairsIn(home.resolve(folder), keep));
        }
        return pairs;
    }
}
