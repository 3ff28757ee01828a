package se.lup.segment;

import java.util.regex.Pattern;
import se.lup.gazetteer.TolerantText;

/**
 * Sentence boundaries in plan prose (a '.', '!' or '?' before a capital, but not after an item number: "1. Lokalt
 * utvecklingsarbete ..." is one item, "... i februari 2017. Förvaltningen ..." two sentences), and short labels made from them.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?])(?<!(?:^|\\s)\\d{1,2}\\.)\\s+(?=\\p{Lu})");
    private static final int LABEL_MAX = 80;

    private Sentences() {}

    static String[] split(String text) {
        return END.split(text.strip());
    }

    /** The first sentence and, if there is more, the rest. */
    static String[] firstAndRest(String text) {
        return END.split(text.strip(), 2);
    }

    static boolean isOne(String text) {
        return !END.matcher(text.strip()).find();
    }

    /** A short label for a record without a heading of its own: its first sentence, cut at a word near 80 characters. */
    static String label(String text) {
        String first = firstAndRest(TolerantText.tidy(text))[0];
        if (first.length() <= LABEL_MAX) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LABEL_MAX - 3);
        return first.substring(0, cut > 20 ? cut : LABEL_MAX - 3) + "...";
    }
}
