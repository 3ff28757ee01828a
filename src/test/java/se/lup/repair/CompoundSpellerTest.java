package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompoundSpellerTest {
    private static List<String> words;
    private static SpellingIndex index;
    private static SpellingIndex compoundParts;

    /**
     * The shipped confusion model, the words of the shipped word counts (not the whole lexicon: quick to build) and
     * Hunspell's compound-only forms.
     */
    @BeforeAll
    static void buildIndex() {
        RepairKnowledge knowledge = RepairKnowledge.read();
        WordStatistics statistics = knowledge.statistics();
        words = statistics.mostFrequent(Integer.MAX_VALUE).stream().filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter)).toList();
        index = new SpellingIndex(words, w -> Math.max(statistics.count(w), 0.05), knowledge.confusions());
        compoundParts = new SpellingIndex(CompoundParts.read().compoundOnlyStems(), w -> 0.05, knowledge.confusions());
    }

    /** The bounds only decide what is spelled first: the answer is the plain best-first search's, for random compounds read badly. */
    @Test
    void boundsNeverChangeTheAnswer() {
        SeededRandom random = SeededRandom.printed("boundsNeverChangeTheAnswer");
        CompoundSpeller bounded = new CompoundSpeller(index, compoundParts, true);
        CompoundSpeller plain = new CompoundSpeller(index, compoundParts, false);
        int found = 0;
        for (int i = 0; i < 400; i++) {
            String ocr = misread(compound(random), random);
            SpellingIndex.Candidate expected = plain.spell(ocr);
            SpellingIndex.Candidate actual = bounded.spell(ocr);
            assertEquals(expected == null ? null : expected.word(), actual == null ? null : actual.word(), ocr + ", seed " + random.seed());
            if (expected != null) {
                assertEquals(expected.channelLogProbability(), actual.channelLogProbability(), 1e-9, ocr + ", seed " + random.seed());
                found++;
            }
        }
        assertTrue(found > 100, "most random compounds should be spelled, " + found + " were; seed " + random.seed());
    }

    /** A short first part with too few letters OCR seldom confuses to be respelled is still a part as read ("del": none). */
    @Test
    void aShortFirstPartIsTakenAsRead() {
        CompoundSpeller speller = new CompoundSpeller(index, compoundParts);
        for (String compound : List.of("delområden", "delmöten", "idémöten")) {
            assertEquals(0, index.count(compound), compound + " is counted: the speller is not asked about counted words");
            assertEquals(compound, speller.spell(compound.replace('å', 'a').replace('ö', 'é')).word());
        }
    }

    /** A short last part with a single letter OCR seldom confuses ("mål": "m" and a run) is spelled; a first one is not. */
    @Test
    void aShortLastPartNeedsOneStableLetter() {
        CompoundSpeller speller = new CompoundSpeller(index, compoundParts);
        for (String compound : List.of("kvalitetsmål", "budgetmål", "stadsdelsmål")) {
            assertEquals(0, index.count(compound), compound + " is counted: the speller is not asked about counted words");
            assertEquals(compound, speller.spell(compound.replace('å', 'a')).word());
        }
        SpellingIndex.Candidate firstPartShort = speller.spell("malbudget");
        assertTrue(firstPartShort == null || !firstPartShort.word().startsWith("mål"), String.valueOf(firstPartShort));
    }

    /** A part Hunspell allows only inside compounds ("skol", "familje") spells a part before the last, never the last. */
    @Test
    void compoundOnlyFormsSpellPartsBeforeTheLast() {
        CompoundSpeller speller = new CompoundSpeller(index, compoundParts);
        assertEquals(0, index.count("skol"), "skol is no word of its own");
        for (String compound : List.of("skolfrågor", "skolområde")) {
            assertEquals(0, index.count(compound), compound + " is counted: the speller is not asked about counted words");
            assertEquals(compound, speller.spell(compound.replace('å', 'a')).word());
        }
        SpellingIndex.Candidate lastPart = speller.spell("fragorskol");
        assertTrue(lastPart == null || !lastPart.word().endsWith("skol"), String.valueOf(lastPart));
    }

    /** Two or three counted words, the first ones sometimes with the linking s. */
    private static String compound(Random random) {
        StringBuilder compound = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int p = 0; p < parts; p++) {
            compound.append(words.get(random.nextInt(words.size())));
            if (p < parts - 1 && random.nextInt(3) == 0) {
                compound.append('s');
            }
        }
        return compound.toString();
    }

    /** The Swedish letters as Tesseract's English model reads them, and now and then another confusion. */
    private static String misread(String clean, Random random) {
        StringBuilder ocr = new StringBuilder();
        for (char c : clean.toCharArray()) {
            switch (c) {
                case 'å', 'ä' -> ocr.append(random.nextInt(4) == 0 ? "é" : "a");
                case 'ö' -> ocr.append(random.nextInt(4) == 0 ? "6" : "o");
                case 'l' -> ocr.append(random.nextInt(10) == 0 ? "i" : "l");
                default -> ocr.append(c);
            }
        }
        return ocr.toString();
    }
}
