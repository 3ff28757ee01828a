package se.lup.repair;

import java.util.List;

/**
 * How a word is written narrows what it may stand for. An abbreviation written with periods ({@link Abbreviations}) is
 * kept as written, and so is a capitalised place name after a lower-case word or a number in its clause ("i Farsta",
 * "3.11 Farsta", not "Första"): a district misread as a common word would be lost to the district search. Another
 * word so written is a name, and no compound made up of common words when it may be a misread place name. Two to five
 * capitals that no counts know ("UVAS", "HSL", "LUM") are an acronym: capitals are seldom misread but for the dots of
 * Å, Ä and Ö ("UBAT" for "UBÅT"), and a plan's acronyms are too many and too local for a word list.
 */
record WrittenForms(SwedishLexicon lexicon, Abbreviations abbreviations, double lexiconOnlyCount) {
    /**
     * What the writing leaves of a word's options: all of them, the word as written, that and its dotted forms, or (a
     * name) those a word list holds when one is a place name.
     */
    enum Narrowing { NONE, AS_WRITTEN, ACRONYM, NAME }

    private static final int MAX_ACRONYM = 5;

    /** The narrowing of the word token at {@code i}; {@code nameContext}: a lower-case word or a number came before it in its clause. */
    Narrowing of(List<Tokens.Token> tokens, int i, TextRepairer.Word word, boolean nameContext) {
        String token = tokens.get(i).text();
        if (abbreviations.keptAsWritten(tokens, i)) {
            return Narrowing.AS_WRITTEN;
        }
        if (nameContext && capitalised(token)) {
            // A capitalised word inside a clause is a name: a place name as written, or a misread one ("Skarpnick", which
            // Hunspell would take for "skarp|nick").
            return lexicon.isPlaceName(word.lower) ? Narrowing.AS_WRITTEN : Narrowing.NAME;
        }
        boolean acronym = token.length() >= 2 && token.length() <= MAX_ACRONYM && Tokens.allCapitals(token) && word.count <= lexiconOnlyCount;
        return acronym ? Narrowing.ACRONYM : Narrowing.NONE;
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.charAt(0)) && (token.length() == 1 || Character.isLowerCase(token.charAt(1)));
    }
}
