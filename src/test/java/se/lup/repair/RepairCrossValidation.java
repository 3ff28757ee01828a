package se.lup.repair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.lup.TempDirectories;

/**
 * K-fold cross-validation of OCR repair inside the tuning pairs only (held-out pairs are never read): for each fold
 * the confusions and word counts are learned from the other tuning pairs (plus learning.json's clean texts) into a
 * copy of the pipeline folder, and repair is scored on the fold. Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairCrossValidation OCR_DEV_DIR [K] [--errors]}
 * from the project folder; settings come from that copy, so edit pipeline/repair/settings.json to compare settings.
 * {@code --errors} lists each fold's words still wrong (clean -> repaired (OCR)).
 */
public final class RepairCrossValidation {
    public static void main(String[] args) throws IOException {
        List<String> positional = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        Path ocrDev = Path.of(positional.size() > 0 ? positional.get(0) : "src/test/resources/ocr-dev");
        int k = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 4;
        boolean errors = List.of(args).contains("--errors");
        List<OcrDevSplit.Pair> tune = OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.TUNE);
        LearningSources sources = LearningSources.load();
        List<String> cleanTexts = sources.readCleanTexts(Path.of(""), file -> true);
        List<OcrDevSplit.Pair> confusionPairs = sources.readConfusionPairs(Path.of(""), name -> true);
        double werSum = 0;
        double swedishSum = 0;
        for (int fold = 0; fold < k; fold++) {
            List<OcrDevSplit.Pair> train = new ArrayList<>();
            List<OcrDevSplit.Pair> test = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                (i % k == fold ? test : train).add(tune.get(i));
            }
            Path pipeline = copyOfPipeline();
            RepairKnowledgeLearner.learn(train, confusionPairs, cleanTexts, pipeline.resolve("repair"));
            System.setProperty("lup.pipeline", pipeline.toString());
            SwedishOcrRepairer repairer = SwedishOcrRepairer.load();
            RepairEvaluation.Result result = RepairEvaluation.evaluate(test, repairer::repair);
            if (errors) {
                RepairEvaluation.remainingErrors(test, repairer::repair).forEach(System.out::println);
            }
            System.clearProperty("lup.pipeline");
            RepairEvaluation.Scores s = result.repaired();
            System.out.printf(Locale.ROOT, "fold %d (%s): CER %.4f WER %.4f å/ä/ö WER %.4f (raw WER %.4f)%n", fold,
                    String.join(",", test.stream().map(OcrDevSplit.Pair::id).toList()), s.cer(), s.wer(), s.swedishLetterWer(), result.raw().wer());
            werSum += s.wer();
            swedishSum += s.swedishLetterWer();
        }
        System.out.printf(Locale.ROOT, "mean over %d folds: WER %.4f, å/ä/ö WER %.4f%n", k, werSum / k, swedishSum / k);
    }

    /** A copy of the pipeline folder to learn knowledge into without touching the real one. */
    static Path copyOfPipeline() throws IOException {
        Path target = TempDirectories.deletedOnExit("lup-cv-pipeline");
        try (Stream<Path> files = Files.walk(Path.of("pipeline"))) {
            for (Path f : files.toList()) {
                Path to = target.resolve(Path.of("pipeline").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }
}
