package se.lup.repair;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * OCR repair on a whole document whose words the repairer has not counted: the word counts are learned again without
 * the document's source ({@code learning.json}'s other clean texts and the tuning pairs; the confusions without OCR
 * pairs made from it), and the benchmark document's pages (real Tesseract output,
 * {@code src/test/resources/repair-benchmark}) are scored page by page. An estimate for
 * text outside the corpus's vocabulary, the held-out ocr-dev pairs being close to it. Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairGeneralisation [OCR_DEV_DIR] [--errors]}
 * from the project folder; {@code --errors} lists the words still wrong (clean -> repaired (OCR)).
 */
public final class RepairGeneralisation {
    private static final Path PAGES = Path.of("src/test/resources/repair-benchmark");
    private static final String SOURCE = "corpus/spanga-tensta-verksamhetsplan-2022.txt";

    public static void main(String[] args) throws IOException {
        List<OcrDevSplit.Pair> pages = OcrDevSplit.load().pairs(PAGES, OcrDevSplit.Part.ALL);
        Path pipeline = pipelineWithoutSource(Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "src/test/resources/ocr-dev"));
        System.setProperty("lup.pipeline", pipeline.toString());
        SwedishOcrRepairer repairer = SwedishOcrRepairer.load();
        RepairEvaluation.Result result = RepairEvaluation.evaluate(pages, repairer::repair);
        if (List.of(args).contains("--errors")) {
            RepairEvaluation.remainingErrors(pages, repairer::repair).forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "%d pages, word counts without %s%nraw      %s%nrepaired %s%n", pages.size(), SOURCE, result.raw(), result.repaired());
    }

    /** A copy of the pipeline folder whose repair knowledge is learned again from everything but the source plan. */
    static Path pipelineWithoutSource(Path ocrDev) throws IOException {
        LearningSources sources = LearningSources.load();
        String sourceName = Path.of(SOURCE).getFileName().toString().replaceFirst("\\.txt$", "");
        Path pipeline = RepairCrossValidation.copyOfPipeline();
        RepairKnowledgeLearner.learn(OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.TUNE),
                sources.readConfusionPairs(Path.of(""), name -> !name.startsWith(sourceName)),
                sources.readCleanTexts(Path.of(""), file -> !file.equals(SOURCE)), pipeline.resolve("repair"));
        return pipeline;
    }
}
