package se.lup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.lup.config.Json;
import se.lup.repair.OcrDevSplit;
import se.lup.repair.RepairEvaluation;
import se.lup.repair.SwedishOcrRepairer;

@Command(name = "eval-repair", description = "CER and WER before and after OCR repair over NN.clean.txt / NN.ocr.txt pairs, plus WER on words with å/ä/ö.")
public final class EvalRepairCommand implements Callable<Integer> {
    /** Which pairs to score; the ids come from pipeline/regression/ocr-dev-split.json, {@code all} takes every pair. */
    enum Split { tune, held_out, all }

    @Parameters(paramLabel = "DIR", description = "Folder of NN.clean.txt / NN.ocr.txt pairs.")
    Path dir;

    @Option(names = "--split", defaultValue = "all", converter = SplitConverter.class,
            description = "held-out, tune or all (default: all; the ids come from pipeline/regression/ocr-dev-split.json).")
    Split split;

    @Option(names = "--folding", description = "Also measure OcrFolding: share of clean/OCR word pairs with the same key, and clean-word collisions.")
    boolean folding;

    @Option(names = "--errors", description = "Also list the clean words still wrong after repair (clean -> repaired (OCR)).")
    boolean errors;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    static final class SplitConverter implements picocli.CommandLine.ITypeConverter<Split> {
        @Override
        public Split convert(String value) {
            return Split.valueOf(value.replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("lup: " + dir + ": not a folder of clean/OCR pairs");
            return ExitCodes.USAGE;
        }
        OcrDevSplit.Part part = switch (split) {
            case tune -> OcrDevSplit.Part.TUNE;
            case held_out -> OcrDevSplit.Part.HELD_OUT;
            case all -> OcrDevSplit.Part.ALL;
        };
        var pairs = OcrDevSplit.load().pairs(dir, part);
        if (pairs.isEmpty()) {
            System.err.println("lup: " + dir + ": no NN.clean.txt / NN.ocr.txt pairs in split " + split);
            return ExitCodes.USAGE;
        }
        SwedishOcrRepairer repairer = SwedishOcrRepairer.load();
        RepairEvaluation.Result result = RepairEvaluation.evaluate(pairs, repairer::repair);
        result.skipped().forEach(reason -> System.err.println("lup: " + dir + "/" + reason));
        RepairEvaluation.FoldingScores foldingScores = folding ? RepairEvaluation.folding(pairs) : null;
        if (json) {
            System.out.println(Json.pretty(
                    foldingScores == null ? result : new Object[] {result, foldingScores}));
            return ExitCodes.OK;
        }
        System.out.printf("%d pairs (%s), %d words, %d with å/ä/ö%n", result.pairs(), split, result.raw().words(), result.raw().swedishLetterWords());
        System.out.printf("%-8s %8s %8s %10s%n", "", "CER", "WER", "WER å/ä/ö");
        for (var row : new Object[][] {{"raw", result.raw()}, {"repaired", result.repaired()}}) {
            RepairEvaluation.Scores s = (RepairEvaluation.Scores) row[1];
            System.out.printf("%-8s %8.4f %8.4f %10.4f%n", row[0], s.cer(), s.wer(), s.swedishLetterWer());
        }
        if (errors) {
            RepairEvaluation.remainingErrors(pairs, repairer::repair).forEach(System.out::println);
        }
        if (foldingScores != null) {
            System.out.printf("folding: %d word pairs, same key %.4f (å/ä/ö words %.4f); %d of %d distinct clean words share a key%n",
                    foldingScores.wordPairs(), foldingScores.sameKey(), foldingScores.sameKeySwedishLetters(),
                    foldingScores.collidingCleanWords(), foldingScores.distinctCleanWords());
        }
        return ExitCodes.OK;
    }
}
