package se.lup.repair;

import java.util.Locale;

/**
 * A search key that garbled, repaired and clean forms of a Swedish word share, for when repair did not restore a word:
 * Tesseract's English model reads å/ä as a, é, 4, &amp;, { or "ii" and ö as o, é, 6 or 0, so those collapse onto
 * a and o. Measured on the ocr-dev tuning pairs by {@code bin/lup eval-repair --folding}. Words without letters
 * (numbers, dates) are only lower-cased, so "4.6" and "6.6" stay apart; a lone "|" is a misread I, not a number.
 */
public final class OcrFolding {
    private OcrFolding() {}

    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Tokens.hasLetter(lower) && !lower.equals("|")) {
            return lower;
        }
        // Two-character readings of one letter first, so their parts are not folded one by one.
        String joined = lower.replace("ii", "a").replace("éi", "a").replace("aé", "a");
        StringBuilder key = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            key.append(foldChar(joined.charAt(i)));
        }
        return key.toString();
    }

    private static char foldChar(char c) {
        return switch (c) {
            case 'å', 'ä', 'à', 'á', 'â', 'æ', '&', '{', '4' -> 'a';
            case 'ö', 'ø', 'ò', 'ó', 'ô', 'é', 'è', 'ê', '6', '0' -> 'o';
            case '1', '|' -> 'i';
            default -> c;
        };
    }
}
