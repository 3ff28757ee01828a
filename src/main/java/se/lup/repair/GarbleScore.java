package se.lup.repair;

import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How OCR-garbled a text looks: the share of its words (two letters or more) that no lexicon knows, or that are
 * tell-tale forms — a frequent å/ä/ö word with its dots stripped ("ar", "for", "pa"), which clean Swedish text
 * almost never contains. Clean municipal text scores a few per cent, English-model OCR of Swedish far more.
 */
final class GarbleScore {
    /** Stripped forms are tell-tale when the clean word is this many times more frequent than the stripped one. */
    private static final int TELLTALE_RATIO = 20;
    private static final int TELLTALE_SOURCE_WORDS = 300;

    /** Whether a lower-case word is known. */
    private final Predicate<String> knownLower;
    private static final int MIN_LETTERS = 2;
    private static final int CACHE_LIMIT = 200_000;
    private final Set<String> telltale = new HashSet<>();
    private final Map<String, Boolean> garbledWords = new ConcurrentHashMap<>();

    GarbleScore(Predicate<String> knownLower, WordStatistics statistics) {
        this.knownLower = knownLower;
        for (String word : statistics.mostFrequent(TELLTALE_SOURCE_WORDS)) {
            String stripped = stripDots(word);
            if (!stripped.equals(word) && statistics.count(stripped) * TELLTALE_RATIO < statistics.count(word)) {
                telltale.add(stripped);
            }
        }
    }

    /** Words (two letters or more) and how many of them look garbled; counts of pages add up to the document's. */
    record Count(int words, int garbled) {
        double score() {
            return words == 0 ? 0 : (double) garbled / words;
        }

        Count plus(Count other) {
            return new Count(words + other.words, garbled + other.garbled);
        }

        static Count sum(java.util.Collection<Count> counts) {
            return new Count(counts.stream().mapToInt(Count::words).sum(), counts.stream().mapToInt(Count::garbled).sum());
        }
    }

    /** Share of garbled-looking words; 0 for a text without words. */
    double score(String text) {
        return count(text).score();
    }

    /** Scans the words in place: the score runs on every page of every document, garbled or not. */
    Count count(String text) {
        int words = 0;
        int garbled = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Tokens.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int letters = 0;
            for (; i < text.length() && Tokens.isWordChar(text.charAt(i)); i++) {
                if (Tokens.isLetter(text.charAt(i))) {
                    letters++;
                }
            }
            if (letters < MIN_LETTERS) {
                continue;
            }
            words++;
            if (garbled(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                garbled++;
            }
        }
        return new Count(words, garbled);
    }

    /** Whether a word counts towards the score at all: one-letter words say nothing. */
    static boolean counts(String word) {
        return Tokens.letters(word) >= MIN_LETTERS;
    }

    /** A known word may still be garbled when it is a tell-tale form; an unknown one always counts as garbled. */
    boolean garbled(String lower, boolean known) {
        return !known || telltale.contains(lower);
    }

    /** Cached per word: pages repeat their words, and the lexicon's answer costs a probe of a large map or Hunspell. */
    private boolean garbled(String lower) {
        Boolean cached = garbledWords.get(lower);
        if (cached == null) {
            if (garbledWords.size() > CACHE_LIMIT) {
                garbledWords.clear();
            }
            cached = telltale.contains(lower) || !knownLower.test(lower);
            garbledWords.put(lower, cached);
        }
        return cached;
    }

    private static String stripDots(String word) {
        return word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }
}
