package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.lup.config.PipelineFiles;

class UnexplainedEditsTest {
    /** The shipped confusion model, as the repairer reads it. */
    private static ConfusionModel shipped() throws IOException {
        ConfusionModel model = new ConfusionModel();
        for (String file : new String[] {"repair/confusions.tsv", "repair/confusion-priors.tsv"}) {
            try (InputStream in = PipelineFiles.open(file)) {
                model.read(in);
            }
        }
        return model;
    }

    @Test
    void boundIsNeverBelowThePrice() throws IOException {
        ConfusionModel model = shipped();
        long seed = System.nanoTime();
        System.out.println("boundIsNeverBelowThePrice seed=" + seed);
        Random random = new Random(seed);
        // Runs of the letters the spelling index prices against each other, and a few others OCR prints.
        String letters = "aeiouyåäöéèô&{|#0146dlrnmtgj";
        int bounded = 0;
        for (int i = 0; i < 20_000; i++) {
            String clean = randomRun(random, letters);
            String ocr = randomRun(random, letters);
            double bound = model.upperBound(clean, ocr);
            double price = model.logProbability(clean, ocr);
            assertTrue(price <= bound + 1e-9, clean + " read as " + ocr + ": price " + price + " above bound " + bound + ", seed " + seed);
            if (bound < 0) {
                bounded++;
            }
        }
        assertTrue(bounded > 1000, "the bound should rule out many pairs, ruled out " + bounded + ", seed " + seed);
    }

    @Test
    void knownReadingsNeedNoUnexplainedEdit() throws IOException {
        ConfusionModel model = shipped();
        assertEquals(0, model.upperBound("ä", "a"));
        assertEquals(0, model.upperBound("ö", "6"));
        assertEquals(0, model.upperBound("ae", "ae"));
        assertEquals(2 * ConfusionModel.UNEXPLAINED_EDIT, model.upperBound("", "xx"));
    }

    private static String randomRun(Random random, String letters) {
        StringBuilder run = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            run.append(letters.charAt(random.nextInt(letters.length())));
        }
        return run.toString();
    }
}
