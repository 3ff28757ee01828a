package se.lup.repair;

import java.util.List;

/**
 * How a word is written narrows what it may stand for. An abbreviation written with periods ({@link Abbreviations}) is
 * kept as written, and so is a capitalised place name after a lower-case word or a number in its clause ("i Farsta",
 * "3.11 Farsta", not "Första"): a district misread as a common word would be lost to the district search. Two to five
 * capitals that no counts know ("UVAS", "HSL", "LUM") are an acronym: capitals are seldom misread but for the dots of
 * Å, Ä and Ö ("UBAT" for "UBÅT"), and a plan's acronyms are too many and too local for a word list.
 */
record WrittenForms(SwedishLexicon lexicon, Abbreviations abbreviations, double lexiconOnlyCount) {
    /** What the writing leaves of a word's options: all of them, the word as written, or that and its dotted forms. */
    enum Narrowing { NONE, AS_WRITTEN, ACRONYM }

    private static final int MAX_ACRONYM = 5;

    /** The narrowing of the word token at {@code i}; {@code nameContext}: a lower-case word or a number came before it in its clause. */
    Narrowing of(List<Tokens.Token> tokens, int i, TextRepairer.Word word, boolean nameContext) {
        String token = tokens.get(i).text();
        if (abbreviations.keptAsWritten(tokens, i) || nameContext && isPlaceName(token, word)) {
            return Narrowing.AS_WRITTEN;
        }
        boolean acronym = token.length() >= 2 && token.length() <= MAX_ACRONYM && Tokens.allCapitals(token) && word.count <= lexiconOnlyCount;
        return acronym ? Narrowing.ACRONYM : Narrowing.NONE;
    }

    private boolean isPlaceName(String token, TextRepairer.Word word) {
        return Character.isUpperCase(token.charAt(0)) && (token.length() == 1 || Character.isLowerCase(token.charAt(1)))
                && lexicon.isPlaceName(word.lower);
    }
}
