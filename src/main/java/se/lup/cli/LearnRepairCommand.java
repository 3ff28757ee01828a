package se.lup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.lup.config.LupHome;
import se.lup.repair.LearningSources;
import se.lup.repair.OcrDevSplit;
import se.lup.repair.RepairKnowledgeLearner;

@Command(name = "learn-repair", description = "Learn OCR repair knowledge (confusions, word counts) from the tuning ocr-dev pairs and clean text.")
public final class LearnRepairCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OCR_DEV_DIR", description = "Folder of NN.clean.txt / NN.ocr.txt pairs; only the tuning ids of pipeline/regression/ocr-dev-split.json are read.")
    Path ocrDev;

    @Option(names = "--out", description = "Where to write confusions.tsv, word-counts.tsv and hunspell-forms.txt.gz (default: pipeline/repair).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(ocrDev)) {
            System.err.println("lup: " + ocrDev + ": not a folder of ocr-dev pairs");
            return ExitCodes.USAGE;
        }
        LearningSources sources = LearningSources.load();
        Path target = out != null ? out : LupHome.home().resolve("pipeline/repair");
        var pairs = OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.TUNE);
        var summary = RepairKnowledgeLearner.learn(pairs, sources.readConfusionPairs(LupHome.home(), name -> true),
                sources.readCleanTexts(LupHome.home(), file -> true), target);
        int forms = RepairKnowledgeLearner.writeHunspellForms(target);
        System.out.printf("learned from %d tuning pairs and %d pages made from clean text (%d aligned words, %d misread) and %d clean words, expanded %d Hunspell word forms; wrote %s%n",
                summary.pairs(), summary.confusionPairs(), summary.alignedWords(), summary.confusedWords(), summary.cleanWords(), forms, target);
        return ExitCodes.OK;
    }
}
