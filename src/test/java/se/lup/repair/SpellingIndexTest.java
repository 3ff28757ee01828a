package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
        return index.candidates(ocr, 3, 0, 20, Double.NEGATIVE_INFINITY).stream().filter(c -> c.word().equals(spelling)).findFirst().orElseThrow()
                .channelLogProbability();
    }

    @Test
    void aBoundLeavesOutOnlyTheSpellingsBelowIt() {
        SeededRandom random = SeededRandom.printed("aBoundLeavesOutOnlyTheSpellingsBelowIt");
        List<String> words = List.of("möte", "mötet", "mete", "mata", "måla", "mål", "mal", "öka", "åka", "åker", "samma", "summa",
                "sämre", "över", "ovan", "äter", "åter", "för", "far", "får", "fora", "före");
        Map<String, Double> counts = new java.util.HashMap<>();
        words.forEach(w -> counts.put(w, Math.exp(random.nextDouble() * 8 - 3)));
        SpellingIndex index = new SpellingIndex(words, counts::get, model());
        Map<Character, List<String>> misreadings = Map.of('ö', List.of("o", "é", "g"), 'å', List.of("a", "&"), 'ä', List.of("a", "é"),
                'm', List.of("rn"), 'e', List.of("é", "c"));
        int leftOut = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder ocr = new StringBuilder();
            for (char c : words.get(random.nextInt(words.size())).toCharArray()) {
                List<String> read = misreadings.get(c);
                ocr.append(read != null && random.nextBoolean() ? read.get(random.nextInt(read.size())) : String.valueOf(c));
            }
            double widenBelow = random.nextBoolean() ? Double.NEGATIVE_INFINITY : random.nextDouble() * 4 - 2;
            double atLeast = random.nextDouble() * 16 - 14;
            List<SpellingIndex.Candidate> all = index.candidates(ocr.toString(), 30, widenBelow, 50, Double.NEGATIVE_INFINITY);
            // The bound is lowered to widenBelow, so that what it leaves out cannot change whether the search widens.
            double bound = widenBelow == Double.NEGATIVE_INFINITY ? atLeast : Math.min(atLeast, widenBelow);
            List<String> expected = all.stream().filter(c -> c.channelLogProbability() + Math.log(c.count()) >= bound).map(SpellingIndex.Candidate::word).toList();
            List<String> actual = index.candidates(ocr.toString(), 30, widenBelow, 50, atLeast).stream().map(SpellingIndex.Candidate::word).toList();
            assertEquals(expected, actual, ocr + " at least " + atLeast + ", seed " + random.seed());
            leftOut += all.size() - expected.size();
        }
        assertTrue(leftOut > 50, "the bounds should leave some spellings out, they left " + leftOut + "; seed " + random.seed());
    }
}
