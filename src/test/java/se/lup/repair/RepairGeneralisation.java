package se.lup.repair;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * OCR repair on a whole document whose words the repairer has not counted: the word counts are learned again without
 * the document's source ({@code learning.json}'s other clean texts and the tuning pairs; the confusions without OCR
 * pairs made from it), and the document's OCR'd pages are scored page by page. By default the Spånga-Tensta plan's
 * pages in {@code src/test/resources/repair-benchmark} (real Tesseract output, made by its {@code make-ocr.sh});
 * with {@code --source corpus/NAME.txt} the pairs made from that text in {@code pipeline/repair/ocr-pairs}, which is
 * how settings are tuned for new vocabulary without the held-out pairs or the plan. An estimate for text outside the
 * corpus's vocabulary, the held-out ocr-dev pairs being close to it. Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairGeneralisation [OCR_DEV_DIR] [--source FILE] [--errors]}
 * from the project folder; {@code --errors} lists the words still wrong (clean -> repaired (OCR)).
 */
public final class RepairGeneralisation {
    private static final Path PAGES = Path.of("src/test/resources/repair-benchmark");
    static final String PLAN = "corpus/spanga-tensta-verksamhetsplan-2022.txt";

    public static void main(String[] args) throws IOException {
        List<String> arguments = List.of(args);
        int sourceAt = arguments.indexOf("--source");
        String source = sourceAt >= 0 ? arguments.get(sourceAt + 1) : PLAN;
        List<OcrDevSplit.Pair> pages = source.equals(PLAN)
                ? OcrDevSplit.load().pairs(PAGES, OcrDevSplit.Part.ALL)
                : OcrDevSplit.pairsIn(Path.of("pipeline/repair/ocr-pairs"), name -> name.startsWith(stem(source)));
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(source + ": no OCR pairs made from it in pipeline/repair/ocr-pairs");
        }
        Path pipeline = pipelineWithoutSource(Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "src/test/resources/ocr-dev"), source);
        System.setProperty("lup.pipeline", pipeline.toString());
        SwedishOcrRepairer repairer = SwedishOcrRepairer.load();
        RepairEvaluation.Result result = RepairEvaluation.evaluate(pages, repairer::repair);
        if (arguments.contains("--errors")) {
            RepairEvaluation.remainingErrors(pages, repairer::repair).forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "%d pages, word counts without %s%nraw      %s%nrepaired %s%n", pages.size(), source, result.raw(), result.repaired());
    }

    private static String stem(String file) {
        return Path.of(file).getFileName().toString().replaceFirst("\\.txt$", "");
    }

    /** A copy of the pipeline folder whose repair knowledge is learned again from everything but the source text. */
    static Path pipelineWithoutSource(Path ocrDev, String source) throws IOException {
        LearningSources sources = LearningSources.load();
        Path pipeline = RepairCrossValidation.copyOfPipeline();
        RepairKnowledgeLearner.learn(OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.TUNE),
                sources.readConfusionPairs(Path.of(""), name -> !name.startsWith(stem(source))),
                sources.readCleanTexts(Path.of(""), file -> !file.equals(source)), pipeline.resolve("repair"));
        return pipeline;
    }
}
