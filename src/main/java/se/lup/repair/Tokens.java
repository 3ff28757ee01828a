package se.lup.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word tokens and the separators between them. A word is a run of letters, digits and the symbols
 * Tesseract prints for Swedish letters ({@code & { | #}), so "6vergripande" and "&r" stay one word; punctuation,
 * hyphens and whitespace are separators and pass through repair untouched.
 */
final class Tokens {
    private Tokens() {}

    record Token(String text, int start, int end, boolean word) {}

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean word = isWordChar(text.charAt(i));
            int j = i + 1;
            while (j < text.length() && isWordChar(text.charAt(j)) == word) {
                j++;
            }
            tokens.add(new Token(text.substring(i, j), i, j, word));
            i = j;
        }
        return tokens;
    }

    /** The word tokens only, for counting and measuring. */
    static List<String> words(String text) {
        return split(text).stream().filter(Token::word).map(Token::text).toList();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '{' || c == '|' || c == '#';
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSwedishLetter(char c) {
        return "åäöÅÄÖ".indexOf(c) >= 0;
    }
}
