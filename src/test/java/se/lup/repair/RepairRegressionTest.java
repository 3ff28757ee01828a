package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/** Held-out OCR repair figures and the clean-corpus change ratio against pipeline/regression/ocr-repair.json. */
class RepairRegressionTest {
    private static final SwedishOcrRepairer repairer = SharedRepairers.standard();
    private static JsonNode expected;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PipelineFiles.open("regression/ocr-repair.json")) {
            expected = Json.MAPPER.readTree(in);
        }
    }

    @Test
    void heldOutPairsStayWithinTheRecordedErrorRates() throws IOException, URISyntaxException {
        Path dir = Path.of(RepairRegressionTest.class.getResource("/ocr-dev").toURI());
        List<OcrDevSplit.Pair> pairs = OcrDevSplit.load().pairs(dir, OcrDevSplit.Part.HELD_OUT);
        assertTrue(pairs.size() >= 10, "held-out pairs missing: " + pairs.size());
        RepairEvaluation.Result result = RepairEvaluation.evaluate(pairs, repairer::repair);
        System.out.println("held-out ocr-dev: raw " + result.raw() + "\n  repaired " + result.repaired());
        JsonNode max = expected.path("held_out");
        RepairEvaluation.Scores s = result.repaired();
        assertTrue(s.cer() <= max.path("max_cer").asDouble(), "CER drifted above the recorded " + max.path("max_cer") + ": " + s.cer());
        assertTrue(s.wer() <= max.path("max_wer").asDouble(), "WER drifted above the recorded " + max.path("max_wer") + ": " + s.wer());
        assertTrue(s.swedishLetterWer() <= max.path("max_swedish_letter_wer").asDouble(),
                "å/ä/ö WER drifted above the recorded " + max.path("max_swedish_letter_wer") + ": " + s.swedishLetterWer());
    }

    @Test
    void cleanCorpusDocumentsAreAlmostUntouched() throws IOException {
        JsonNode clean = expected.path("clean_corpus");
        for (JsonNode file : clean.path("files")) {
            String text = Files.readString(Path.of(file.asText()));
            SwedishOcrRepairer.RepairedText repaired = repairer.repairText(text);
            double ratio = (double) repaired.report().wordsChanged() / Tokens.words(text).size();
            System.out.printf("%s: garble %.4f, %d words changed (%.5f)%n", file.asText(), repaired.report().garbleBefore(),
                    repaired.report().wordsChanged(), ratio);
            assertTrue(ratio < clean.path("max_changed_word_ratio").asDouble(), file.asText() + " changed " + ratio + " of its words");
        }
    }
}
