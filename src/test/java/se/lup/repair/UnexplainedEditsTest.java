package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UnexplainedEditsTest {
    /** The shipped confusion model, as the repairer reads it. */
    private static ConfusionModel shipped() {
        return RepairKnowledge.read().confusions();
    }

    /** The model's upper bound on the price of reading {@code clean} as {@code ocr}. */
    private static double upperBound(ConfusionModel model, String clean, String ocr) {
        return model.upperBounds(ocr).applyAsDouble(clean);
    }

    @Test
    void boundIsNeverBelowThePrice() {
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
            double bound = upperBound(model, clean, ocr);
            double price = model.logProbability(clean, ocr);
            assertTrue(price <= bound + 1e-9, clean + " read as " + ocr + ": price " + price + " above bound " + bound + ", seed " + seed);
            if (bound < 0) {
                bounded++;
            }
        }
        assertTrue(bounded > 1000, "the bound should rule out many pairs, ruled out " + bounded + ", seed " + seed);
    }

    @Test
    void knownReadingsNeedNoUnexplainedEdit() {
        ConfusionModel model = shipped();
        assertEquals(0, upperBound(model, "ä", "a"));
        assertEquals(0, upperBound(model, "ö", "6"));
        assertEquals(0, upperBound(model, "ae", "ae"));
        assertEquals(2 * ConfusionModel.UNEXPLAINED_EDIT, upperBound(model, "", "xx"));
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
