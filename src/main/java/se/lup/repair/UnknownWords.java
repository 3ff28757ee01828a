package se.lup.repair;

import java.util.BitSet;

/**
 * How often a word no lexicon knows is written as it was read: {@link RepairSettings#unknownWordCount}, times
 * {@link RepairSettings#foreignSymbolProbability} for each symbol in it that OCR prints for å, ä or ö and that is no
 * Latin letter, digit or å/ä/ö ("é", "{", "&": taken from the confusion model's readings). Swedish words have such
 * symbols only in a few loanwords ("idé"), which the lexicons know, so an unknown "omréddet" is far likelier a
 * misread "området" than a word of its own, while an unknown name or word of plain letters keeps its chance.
 */
final class UnknownWords {
    private final double unknownWordCount;
    private final double foreignSymbolProbability;
    private final BitSet foreign = new BitSet();

    UnknownWords(RepairSettings settings, ConfusionModel confusions) {
        this.unknownWordCount = settings.unknownWordCount();
        this.foreignSymbolProbability = settings.foreignSymbolProbability();
        for (String ocr : confusions.ocrSegments()) {
            boolean readForSwedishLetter = confusions.readings(ocr).stream().anyMatch(r -> Tokens.hasSwedishLetter(r.clean()));
            for (int i = 0; i < ocr.length() && readForSwedishLetter; i++) {
                char c = ocr.charAt(i);
                if (!isPlain(c)) {
                    foreign.set(c);
                }
            }
        }
    }

    /** The pseudo-count of the lower-case word as written, when no lexicon knows it. */
    double count(String lower) {
        double count = unknownWordCount;
        for (int i = 0; i < lower.length(); i++) {
            if (foreign.get(lower.charAt(i))) {
                count *= foreignSymbolProbability;
            }
        }
        return count;
    }

    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || Tokens.isSwedishLetter(c);
    }
}
