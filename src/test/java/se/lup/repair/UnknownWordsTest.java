package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnknownWordsTest {
    private final RepairSettings settings = RepairSettings.load();
    private final UnknownWords unknownWords = new UnknownWords(settings, RepairKnowledge.read().confusions());

    /** The symbols the shipped model reads as å, ä or ö and Swedish words lack each make a word less likely as written. */
    @Test
    void symbolsReadForSwedishLettersLowerTheCount() {
        double plain = settings.unknownWordCount();
        assertEquals(plain, unknownWords.count("omraddet"), 0);
        assertEquals(plain, unknownWords.count("6vergripande"), 0, "a digit is no such symbol: numbers and codes have them");
        assertEquals(plain * settings.foreignSymbolProbability(), unknownWords.count("omréddet"), 1e-20);
        assertEquals(plain * Math.pow(settings.foreignSymbolProbability(), 2), unknownWords.count("{éngest"), 1e-24);
    }
}
