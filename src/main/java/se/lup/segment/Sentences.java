package se.lup.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.lup.gazetteer.TolerantText;

/**
 * Sentence boundaries in plan prose (a '.', '!' or '?' before a capital, but not after an item number: "1. Lokalt
 * utvecklingsarbete ..." is one item, "... i februari 2017. Förvaltningen ..." two sentences), and short labels made from them.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?])(?<!(?:^|\\s)\\d{1,2}\\.)\\s+(?=\\p{Lu})");
    private static final int LABEL_MAX = 80;
    private static final int MIN_LISTED = 3;
    private static final int MIN_ITEM_WORDS = 2;

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

    /**
     * A one-sentence list of clauses after a colon, "Förvaltningen ska: erbjuda X; utveckla Y; följa upp Z.": the
     * introduction and then each item, or nothing when the text is not clearly such a list (fewer than three
     * ';'-separated items of at least two words, or more than one sentence).
     */
    static List<String> colonList(String text) {
        String body = text.strip();
        int colon = body.indexOf(':');
        if (colon <= 0 || !isOne(body)) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add(body.substring(0, colon + 1));
        for (String item : body.substring(colon + 1).split(";")) {
            String clause = item.strip().replaceFirst("\\.$", "");
            if (clause.split("\\s+").length < MIN_ITEM_WORDS) {
                return List.of();
            }
            parts.add(clause);
        }
        return parts.size() > MIN_LISTED ? parts : List.of();
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
