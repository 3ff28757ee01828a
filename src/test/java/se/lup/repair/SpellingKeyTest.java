package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpellingKeyTest {
    /** Stable letters and misreadable ones, so that runs open, close and merge across the replaced letters. */
    private static final String LETTERS = "stnrkaeiöä6dl{";

    @Test
    void runsOfMisreadableLettersShareOneMark() {
        assertEquals("st_s_sn_mn_r", SpellingKey.key("stadsdelsndmnder"));
        assertEquals("st_s_sn_mn_r", SpellingKey.key("stadsdelsnämnder"));
        assertEquals("st_s_sn_mn_r".hashCode(), SpellingKey.of("stadsdelsnämnder".toCharArray()).keyHash);
    }

    @Test
    void aVariantsKeyHashIsTheHashOfTheVariantsKey() {
        SeededRandom random = SeededRandom.printed("aVariantsKeyHashIsTheHashOfTheVariantsKey");
        for (int trial = 0; trial < 20_000; trial++) {
            String word = randomLetters(random, 1 + random.nextInt(12));
            int at = random.nextInt(word.length());
            int width = 1 + random.nextInt(Math.min(2, word.length() - at));
            String replacement = randomLetters(random, random.nextInt(3));
            String variant = word.substring(0, at) + replacement + word.substring(at + width);
            assertEquals(SpellingKey.key(variant).hashCode(), SpellingKey.of(word.toCharArray()).variantKeyHash(at, width, replacement),
                    word + " with " + replacement + " at " + at + ", seed " + random.seed());
        }
    }

    private static String randomLetters(SeededRandom random, int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return letters.toString();
    }
}
