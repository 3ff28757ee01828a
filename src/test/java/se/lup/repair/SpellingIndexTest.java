package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingIndexTest {
    /** A model where ö is read as o, é and (a key letter) g, and seldom as itself, as Tesseract's English model does. */
    private static ConfusionModel model() {
        ConfusionModel model = ConfusionModels.learned(20, "öka", "oka", "för", "fér", "mål", "mal");
        model.learn("möte", "mgte");
        model.learn("samma", "sarnma");
        model.learn("över", "över");
        return model;
    }

    @Test
    void aMisreadKeyLetterIsPricedOnceAsItsReading() {
        ConfusionModel model = model();
        SpellingIndex index = new SpellingIndex(List.of("uppsökande", "uppsamlande"), w -> 1.0, model);
        // The word read right except "g" for "ö": nothing more is charged for the "ö" (key letters are free in the index).
        double readRight = index.channel("uppsökande", "uppsökande");
        double expected = readRight - model.logProbability("ö", "ö") + model.logProbability("ö", "g");
        assertEquals(expected, widenedChannel(index, "uppsgkande", "uppsökande"), 1e-9);
    }

    @Test
    void twoLettersReadForOneAreFound() {
        ConfusionModel model = model();
        SpellingIndex index = new SpellingIndex(List.of("samverkan", "sarkasm"), w -> 1.0, model);
        // "rn" for "m" changes the key ("s_rnv_rk_n" against "s_mv_rk_n"): only the search that reads two OCR
        // letters as one clean segment finds it.
        double expected = index.channel("samverkan", "samverkan") + model.logProbability("m", "rn");
        assertEquals(expected, widenedChannel(index, "sarnverkan", "samverkan"), 1e-9);
    }

    /** The channel log probability the widened search gives a spelling of an OCR word; fails when it is not found. */
    private static double widenedChannel(SpellingIndex index, String ocr, String spelling) {
        return index.candidates(ocr, 3, 0, 20).stream().filter(c -> c.word().equals(spelling)).findFirst().orElseThrow()
                .channelLogProbability();
    }
}
