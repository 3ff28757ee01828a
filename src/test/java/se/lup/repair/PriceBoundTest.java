package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceBoundTest {
    /** The shipped confusion model, as the repairer reads it. */
    private static ConfusionModel shipped() {
        return RepairKnowledge.read().confusions();
    }

    /** The model's upper bound on the price of reading {@code clean} as {@code ocr}. */
    private static double upperBound(ConfusionModel model, String clean, String ocr) {
        return model.upperBounds(ocr).priceAtMost(clean);
    }

    @Test
    void boundIsNeverBelowThePrice() {
        ConfusionModel model = shipped();
        SeededRandom random = SeededRandom.printed("boundIsNeverBelowThePrice");
        // Runs of the letters the spelling index prices against each other, and a few others OCR prints.
        String letters = "aeiouyåäöéèô&{|#0146dlrnmtgj";
        int ruledOut = 0;
        for (int i = 0; i < 20_000; i++) {
            String clean = randomRun(random, letters);
            String ocr = randomRun(random, letters);
            double bound = upperBound(model, clean, ocr);
            double price = model.logProbability(clean, ocr);
            assertTrue(price <= bound + 1e-9, clean + " read as " + ocr + ": price " + price + " above bound " + bound + ", seed " + random.seed());
            // Asked only whether the price may reach some level, the bound may stop at the clean side's sum.
            double needed = price + 10 * (random.nextDouble() - 0.5);
            double partial = model.upperBounds(ocr).priceAtMost(clean, needed);
            assertTrue(price <= partial + 1e-9, clean + " read as " + ocr + ": price " + price + " above partial bound " + partial + ", seed " + random.seed());
            if (partial >= needed) {
                assertEquals(bound, partial, 1e-12, clean + " read as " + ocr + ": a bound that reaches the level is the full one, seed " + random.seed());
            }
            if (bound < ConfusionModel.UNEXPLAINED_EDIT) {
                ruledOut++;
            }
        }
        // Random runs are mostly far apart: the bound should say so for most of them without the dynamic programme.
        assertTrue(ruledOut > 10_000, "the bound should rule out most pairs, ruled out " + ruledOut + ", seed " + random.seed());
    }

    @Test
    void oneReadingOrIdentityIsBoundByItsOwnPrice() {
        ConfusionModel model = shipped();
        for (String[] pair : new String[][] {{"ä", "a"}, {"ö", "6"}, {"ae", "ae"}}) {
            assertEquals(model.logProbability(pair[0], pair[1]), upperBound(model, pair[0], pair[1]), 1e-9, pair[0] + " read as " + pair[1]);
        }
        assertEquals(2 * ConfusionModel.UNEXPLAINED_EDIT, upperBound(model, "", "xx"));
    }

    @Test
    void lettersNeedingStepsOfTheirOwnAreCharged() {
        ConfusionModel model = shipped();
        // Every letter of "älle" has a cheap way to be read as some letter of "adlade", but "adlade" has two letters more.
        double bound = upperBound(model, "älle", "adlade");
        assertTrue(bound < -5, "bound " + bound);
        assertTrue(model.logProbability("älle", "adlade") <= bound);
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
