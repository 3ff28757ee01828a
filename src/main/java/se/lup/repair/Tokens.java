package se.lup.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens and the separators between them. A word is a run of letters, digits and the symbols
 * Tesseract prints for letters ({@code & { } | #}, and {@code @} after a letter), so "6vergripande", "&r" and
 * "m@jlighet" stay one word; so does a "!" printed for "l" or "i", after a letter and before a letter or, past a space,
 * a lower-case word ("stadsde!snämnder", "til! att": an exclamation mark ends a sentence), and a "(" alone between
 * spaces, printed for "i". Punctuation, hyphens and whitespace are separators and pass through repair untouched, and
 * so does the part of an e-mail address before its domain ("anna@stockholm" in "anna@stockholm.se").
 */
final class Tokens {
    /** Latin-1 answers precomputed: every page of every document is scanned with these. */
    private static final boolean[] LATIN1_WORD = new boolean[256];
    private static final boolean[] LATIN1_LETTER = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_WORD[c] = Character.isLetterOrDigit(c) || c == '&' || c == '{' || c == '}' || c == '|' || c == '#';
            LATIN1_LETTER[c] = Character.isLetter(c);
        }
    }

    private Tokens() {}

    record Token(String text, int start, int end, boolean word) {}

    static List<Token> split(String text) {
        // About one word and one separator per six characters of Swedish prose: sized once, not grown.
        List<Token> tokens = new ArrayList<>(text.length() / 3 + 8);
        int i = 0;
        while (i < text.length()) {
            boolean word = isWordChar(text, i);
            int j = i + 1;
            boolean at = false;
            while (j < text.length() && isWordChar(text, j) == word) {
                at |= text.charAt(j) == '@';
                j++;
            }
            tokens.add(new Token(text.substring(i, j), i, j, word && !(at && beforeDomain(text, j))));
            i = j;
        }
        return tokens;
    }

    /**
     * A word character; "@" only after a letter, where Tesseract prints it for "ö" ("m@jlighet", "s@"); "!" for a letter;
     * a "(" alone between spaces, which Tesseract prints for "i" ("tillvara ( utvecklingen") and clean text never has.
     */
    private static boolean isWordChar(String text, int at) {
        char c = text.charAt(at);
        return isWordChar(c) || (c == '@' || c == '!' && misreadLetter(text, at)) && at > 0 && isLetter(text.charAt(at - 1))
                || c == '(' && at > 0 && text.charAt(at - 1) == ' ' && at + 1 < text.length() && text.charAt(at + 1) == ' ';
    }

    /** Whether a "!" after a letter stands for one: a letter follows, or a lower-case word after spaces. */
    private static boolean misreadLetter(String text, int at) {
        int next = at + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next < text.length() && (next == at + 1 ? isLetter(text.charAt(next)) : Character.isLowerCase(text.charAt(next)));
    }

    /** Whether a dot and a letter follow: a word with "@" before them is the start of an e-mail address. */
    private static boolean beforeDomain(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '.' && isLetter(text.charAt(at + 1));
    }

    /** The word tokens only, for counting and measuring. */
    static List<String> words(String text) {
        return split(text).stream().filter(Token::word).map(Token::text).toList();
    }

    static boolean isWordChar(char c) {
        return c < 256 ? LATIN1_WORD[c] : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 256 ? LATIN1_LETTER[c] : Character.isLetter(c);
    }

    static boolean hasLetter(String s) {
        return letters(s) > 0;
    }

    static int letters(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Capitals only ("HBTQI", "UVAS"): how an acronym is written. */
    static boolean allCapitals(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A lone symbol Tesseract prints for a letter ("|", "{", "}", "(" for "i"): a word to repair, not a code. */
    static boolean isLetterSymbol(String token) {
        return token.length() == 1 && "|{}(".indexOf(token.charAt(0)) >= 0;
    }

    static boolean isSwedishLetter(char c) {
        return "åäöÅÄÖ".indexOf(c) >= 0;
    }

    /** Whether the word has an å, ä or ö. */
    static boolean hasSwedishLetter(String word) {
        return word.chars().anyMatch(c -> isSwedishLetter((char) c));
    }
}
