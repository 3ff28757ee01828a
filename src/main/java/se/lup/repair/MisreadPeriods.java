package se.lup.repair;

import java.util.Locale;

/**
 * Commas that OCR read as periods: a poor scan loses a comma's tail, and Swedish starts every sentence with a
 * capital, so a period between a word and a lower-case word is a misread comma, unless the word is an abbreviation
 * written with a period ("inkl. moms", "t.ex. genom"; {@code pipeline/repair/period-abbreviations.txt}).
 */
final class MisreadPeriods {
    /** Lower-case letters OCR also prints for a capital: "I" read as "i" or "l" says nothing of a sentence start. */
    private static final String CASE_UNSURE = "il";

    private final Abbreviations abbreviations;

    MisreadPeriods(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    static MisreadPeriods load() {
        return new MisreadPeriods(Abbreviations.load());
    }

    /**
     * The separator between {@code previousWord} and {@code nextWord} with a period read for a comma restored, or the
     * separator as it was. {@code beforePrevious} is the separator before {@code previousWord} (null at the start):
     * a period there makes the word the end of an abbreviation like "t.ex" or "t. ex".
     */
    String repair(String beforePrevious, String previousWord, String separator, String nextWord) {
        // A blank line ends a paragraph: a list item or heading after it may start in lower case.
        boolean periodThenSpace = separator.length() > 1 && separator.charAt(0) == '.' && separator.substring(1).isBlank()
                && separator.indexOf('\n') == separator.lastIndexOf('\n');
        if (!periodThenSpace || !Character.isLowerCase(nextWord.charAt(0)) || CASE_UNSURE.indexOf(nextWord.charAt(0)) >= 0
                || previousWord.length() < 2 || Tokens.letters(previousWord) != previousWord.length()
                || beforePrevious != null && beforePrevious.strip().endsWith(".")
                || abbreviations.writtenWithPeriod(previousWord.toLowerCase(Locale.ROOT))) {
            return separator;
        }
        return "," + separator.substring(1);
    }
}
