package se.lup.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.lup.repair.TextRepairer.Word;

/**
 * Restores the spaces OCR loses or adds: a narrow word glued to its neighbour ("ari" for "år i") or a word broken in
 * two ("oc h" for "och", "bar nens" for "barnens"). Before the words are repaired, a word no lexicon knows is split
 * where one part is a short word, both parts are known (one of them counted) and their best readings together are
 * likelier than the word's own best; two words one space apart, one of them unknown and the second in lower case, are
 * joined where the joined word is counted and likelier than the two apart. Either costs
 * {@link RepairSettings#spaceErrorProbability}. The parts then go through repair like any word, so "ar i" still becomes
 * "år i" by its neighbours.
 */
final class Spacing {
    /** What spacing needs of the repairer: words looked up and cached, and how likely a reading is. */
    interface Readings {
        Word word(String lower);

        /** Log P(OCR word | spelling) + log P(spelling) of the word's best reading. */
        double best(Word word);

        /** Log P(a word with this count). */
        double logUnigram(double count);
    }

    /**
     * One part of a split is at most this long: spaces get lost beside short words ("i", "på", "en"), and trying every
     * split of every unknown word would look up many new parts.
     */
    private static final int SHORT_PART = 2;

    /** {@link Word#splitAt} before the word was first looked at. */
    static final int NOT_YET = -2;

    /** The tokens and words after spacing, and how many spaces it restored or removed. */
    record Respaced(List<Tokens.Token> tokens, Word[] words, int changes) {}

    private final SpellingIndex index;
    private final double dictionaryOnlyCount;
    private final Readings readings;
    private final double logSpaceError;

    Spacing(SpellingIndex index, RepairSettings settings, Readings readings) {
        this.index = index;
        this.dictionaryOnlyCount = settings.lexiconOnlyCount();
        this.readings = readings;
        this.logSpaceError = Math.log(settings.spaceErrorProbability());
    }

    Respaced apply(List<Tokens.Token> tokens, Word[] words) {
        // Built from the first change on: most pages need none.
        List<Tokens.Token> out = null;
        List<Word> outWords = null;
        int changes = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            boolean joins = i + 2 < tokens.size() && joins(t, words[i], tokens.get(i + 1), tokens.get(i + 2), words[i + 2]);
            // An acronym ("HBTQI") is not split, nor a word whose lower case is not as long: the split point counts in it.
            int at = joins || words[i] == null || Tokens.allCapitals(t.text()) || t.text().length() != words[i].lower.length() ? -1
                    : splitPoint(words[i]);
            if (out == null && (joins || at > 0)) {
                out = new ArrayList<>(tokens.subList(0, i));
                outWords = new ArrayList<>(Arrays.asList(words).subList(0, i));
            }
            if (joins) {
                Tokens.Token second = tokens.get(i + 2);
                String joined = t.text() + second.text();
                out.add(new Tokens.Token(joined, t.start(), second.end(), true));
                outWords.add(readings.word(joined.toLowerCase(Locale.ROOT)));
                changes++;
                i += 2;
                continue;
            }
            if (at > 0) {
                String left = t.text().substring(0, at);
                String right = t.text().substring(at);
                out.add(new Tokens.Token(left, t.start(), t.start() + at, true));
                outWords.add(readings.word(left.toLowerCase(Locale.ROOT)));
                out.add(new Tokens.Token(" ", t.start() + at, t.start() + at, false));
                outWords.add(null);
                out.add(new Tokens.Token(right, t.start() + at, t.end(), true));
                outWords.add(readings.word(right.toLowerCase(Locale.ROOT)));
                changes++;
                continue;
            }
            if (out != null) {
                out.add(t);
                outWords.add(words[i]);
            }
        }
        return out == null ? new Respaced(tokens, words, 0) : new Respaced(out, outWords.toArray(Word[]::new), changes);
    }

    /** Two words one space apart, one of them unknown and the second lower case, that read better as one counted word. */
    private boolean joins(Tokens.Token first, Word firstWord, Tokens.Token space, Tokens.Token second, Word secondWord) {
        // Cheapest tests first: this runs for every word of every page.
        if (firstWord == null || secondWord == null || space.end() - space.start() != 1 || space.text().charAt(0) != ' '
                || !(unknown(firstWord) || unknown(secondWord)) || !firstWord.lettersOnly || !secondWord.lettersOnly
                || !Character.isLowerCase(second.text().charAt(0))) {
            return false;
        }
        // Most pairs join into no word at all: the joined letters' hash, from the two cached ones, rules them out first.
        String a = firstWord.lower;
        String b = secondWord.lower;
        int hash = a.hashCode();
        for (int i = 0; i < b.length(); i++) {
            hash *= 31;
        }
        hash += b.hashCode();
        if (!index.mayContain(hash)) {
            return false;
        }
        char[] letters = new char[a.length() + b.length()];
        a.getChars(0, a.length(), letters, 0);
        b.getChars(0, b.length(), letters, a.length());
        double count = index.count(letters, hash);
        if (count <= dictionaryOnlyCount) {
            return false;
        }
        String joined = new String(letters);
        return index.channel(joined, joined) + readings.logUnigram(count) + logSpaceError > readings.best(firstWord) + readings.best(secondWord);
    }

    /** Where an unknown word reads better as two known words, one of them counted; -1 when nowhere. Kept with the word. */
    private int splitPoint(Word word) {
        int at = word.splitAt;
        if (at == NOT_YET) {
            at = unknown(word) && word.lettersOnly ? findSplit(word) : -1;
            word.splitAt = at;
        }
        return at;
    }

    private int findSplit(Word word) {
        double best = readings.best(word) - logSpaceError;
        if (2 * readings.logUnigram(index.maxCount()) <= best) {
            return -1; // no two readings together could beat the word's own: most misread words have a good one
        }
        int at = -1;
        int n = word.lower.length();
        for (int i = 1; i < n; i++) {
            if (i > SHORT_PART && n - i > SHORT_PART) {
                continue;
            }
            String left = word.lower.substring(0, i);
            String right = word.lower.substring(i);
            if (!index.mayContain(left.hashCode()) || !index.mayContain(right.hashCode())) {
                continue;
            }
            double leftCount = index.count(left);
            double rightCount = index.count(right);
            if (leftCount > 0 && rightCount > 0 && Math.max(leftCount, rightCount) > dictionaryOnlyCount) {
                double apart = readings.best(readings.word(left)) + readings.best(readings.word(right));
                if (apart > best) {
                    best = apart;
                    at = i;
                }
            }
        }
        return at;
    }

    private static boolean unknown(Word word) {
        return word.count == 0 && !word.mayBeCompound;
    }
}
