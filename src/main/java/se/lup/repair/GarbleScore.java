package se.lup.repair;

import java.util.HashSet;
import java.util.Set;

/**
 * How OCR-garbled a text looks: the share of its words (two letters or more) that no lexicon knows, or that are
 * tell-tale forms — a frequent å/ä/ö word with its dots stripped ("ar", "for", "pa"), which clean Swedish text
 * almost never contains. Clean municipal text scores a few per cent, English-model OCR of Swedish far more.
 */
final class GarbleScore {
    /** Stripped forms are tell-tale when the clean word is this many times more frequent than the stripped one. */
    private static final int TELLTALE_RATIO = 20;
    private static final int TELLTALE_SOURCE_WORDS = 300;

    private static final int MIN_LETTERS = 2;
    private final Set<String> telltale = new HashSet<>();

    GarbleScore(WordStatistics statistics) {
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

    /** Whether a word with this many letters counts towards the score at all: one-letter words say nothing. */
    static boolean counts(int letters) {
        return letters >= MIN_LETTERS;
    }

    /** A known word may still be garbled when it is a tell-tale form; an unknown one always counts as garbled. */
    boolean garbled(String lower, boolean known) {
        return !known || telltale.contains(lower);
    }

    /** The word with the dots of å, ä and ö stripped, as OCR with an English model reads them. */
    static String stripDots(String word) {
        return word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }
}
