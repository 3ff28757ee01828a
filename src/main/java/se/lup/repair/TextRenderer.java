package se.lup.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.lup.repair.TextRepairer.Option;
import se.lup.repair.TextRepairer.Word;

/**
 * Writes the spellings {@link TextRepairer} chose back into the text: separators as read (a period OCR read for a
 * comma restored, between words or in a decimal number), case re-applied to changed words, and the counts of the
 * repair report.
 */
final class TextRenderer {
    /** A separator that opens a list item ("\n- "): in clean plans its first word always has a capital, as after a period. */
    private static final Pattern LIST_ITEM = Pattern.compile("(^|\n)[ \t]*[-–•*][ \t]+$");
    /** A "~" opening a line: Tesseract's reading of a list dash, a character clean Swedish plans do not use. */
    private static final Pattern MISREAD_DASH = Pattern.compile("(^|\n)([ \t]*)~([ \t]+)$");

    private final SwedishLexicon lexicon;
    private final GarbleScore garble;
    private final MisreadPeriods periods;
    private final MisreadDecimalPoints decimalPoints;

    TextRenderer(SwedishLexicon lexicon, GarbleScore garble, MisreadPeriods periods, MisreadDecimalPoints decimalPoints) {
        this.lexicon = lexicon;
        this.garble = garble;
        this.periods = periods;
        this.decimalPoints = decimalPoints;
    }

    /** The text with each word's chosen spelling (none chosen: the token as read), and what changed. */
    TextRepairer.Result render(List<Tokens.Token> tokens, Word[] words, Option[] chosen) {
        StringBuilder out = new StringBuilder(tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end() + 16);
        int changed = 0;
        int counted = 0;
        int garbled = 0;
        List<String> unknown = new ArrayList<>();
        boolean sentenceStart = true;
        // After a blank line: a paragraph of a plan starts with a capital, so a symbol read for "I" or "i" is "I" there.
        boolean paragraphStart = true;
        boolean afterLowerCaseWord = false;
        String previousWord = "";
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            String original = t.text();
            if (chosen[i] == null) {
                String text = t.word() ? original : separator(tokens, i, previousWord, chosen);
                if (!text.equals(original)) {
                    changed++;
                }
                out.append(text);
                if (!t.word() && (endsSentence(text) || opensListItem(text))) {
                    sentenceStart = true;
                } else if (t.word()) {
                    sentenceStart = false;
                    afterLowerCaseWord = Character.isLowerCase(original.charAt(0));
                    previousWord = original;
                }
                paragraphStart = t.word() ? false : paragraphStart || startsParagraph(text);
                continue;
            }
            String word = chosen[i].word();
            String repaired = word.equals(words[i].lower) ? original
                    : recase(original, word, sentenceStart, paragraphStart, afterLowerCaseWord && !beforeCapital(tokens, i));
            if (!repaired.equals(original)) {
                changed++;
            }
            if (!chosen[i].known()) {
                unknown.add(repaired);
            }
            // The garble score of the repaired text, from what is known of each chosen word rather than by looking it up again.
            if (GarbleScore.counts(Tokens.letters(repaired))) {
                counted++;
                if (word.equals(words[i].lower) ? words[i].garbled : garble.garbled(word, chosen[i].known())) {
                    garbled++;
                }
            }
            out.append(repaired);
            previousWord = repaired;
            sentenceStart = false;
            paragraphStart = false;
            afterLowerCaseWord = Character.isLowerCase(repaired.charAt(0));
        }
        return new TextRepairer.Result(out.toString(), changed, unknown, new GarbleScore.Count(counted, garbled));
    }

    /**
     * The separator at {@code i}, with a period OCR read for a comma between two words or in a decimal number restored,
     * a list dash read as "~", and English dashes and quotes made Swedish.
     */
    private String separator(List<Tokens.Token> tokens, int i, String previousWord, Option[] chosen) {
        String separator = tokens.get(i).text();
        if (separator.indexOf('~') >= 0) {
            separator = MISREAD_DASH.matcher(separator).replaceFirst("$1$2-$3");
        }
        // Swedish typesetting has the en dash and ” (opening quotes too), where Tesseract's English model reads — and “.
        separator = separator.replace('—', '–').replace('“', '”');
        if (i == 0 || i + 1 == tokens.size() || !tokens.get(i - 1).word() || !tokens.get(i + 1).word()) {
            return separator;
        }
        if (separator.equals(".")
                && decimalPoints.isDecimalComma(tokens, i, w -> chosen[w] != null ? chosen[w].word() : tokens.get(w).text().toLowerCase(Locale.ROOT))) {
            return ",";
        }
        return periods.repair(i > 1 ? tokens.get(i - 2).text() : null, previousWord, separator, tokens.get(i + 1).text());
    }

    /** A separator ending in a list bullet; most separators are a space, which the bullet test rules out without the pattern. */
    private static boolean opensListItem(String separator) {
        for (int i = 0; i < separator.length(); i++) {
            if ("-–•*".indexOf(separator.charAt(i)) >= 0) {
                return LIST_ITEM.matcher(separator).find();
            }
        }
        return false;
    }

    /**
     * The next token past one space is a word with a capital: the word before it is part of a name ("Östra S:t Göran")
     * or a heading ("Årsmål KF"). Acronyms count too: without them three headings of the plan lost their capital and one
     * "även" before "SIG" kept a wrong one.
     */
    private static boolean beforeCapital(List<Tokens.Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).text().equals(" ") && tokens.get(i + 2).word()
                && Character.isUpperCase(tokens.get(i + 2).text().charAt(0));
    }

    /** A blank line: a line break followed, past blanks, by another. */
    private static boolean startsParagraph(String separator) {
        int lineBreak = separator.indexOf('\n');
        if (lineBreak < 0) {
            return false;
        }
        for (int i = lineBreak + 1; i < separator.length(); i++) {
            char c = separator.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsSentence(String separator) {
        String s = separator.strip();
        return !s.isEmpty() && ".!?:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Case for a changed word: all capitals stay capitals; a capital is kept at a sentence start, on proper nouns,
     * where the first letter was read right and where no lower-case word precedes it (a table cell after a number, a
     * heading), at a paragraph start (a heading after a paragraph that ends without a period) and before a capitalised
     * word (a name of several words, "Östra S:t Göran"; a table's headings, "Indikator Årsmål KF:s årsmål"); it is
     * dropped where it was itself the misreading after a lower-case word ("ska Oka" → "ska öka"). A symbol read for "i"
     * or "I" ("|", "{", "}", "(") says nothing of case: only a sentence or paragraph start makes it a capital.
     */
    private String recase(String original, String repaired, boolean sentenceStart, boolean paragraphStart, boolean afterLowerCaseWord) {
        if (Tokens.letters(original) > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return repaired.toUpperCase(Locale.ROOT);
        }
        char first = original.charAt(0);
        boolean capital = Character.isUpperCase(first);
        boolean caseless = Tokens.isLetterSymbol(original.substring(0, 1));
        if (!capital && !caseless) {
            return repaired;
        }
        boolean firstReadRight = Character.toLowerCase(first) == repaired.charAt(0);
        return sentenceStart || paragraphStart || firstReadRight || capital && !afterLowerCaseWord || lexicon.isProperNoun(repaired) ? SwedishLexicon.capitalize(repaired) : repaired;
    }
}
