package org.apache.lucene.analysis.hunspell;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.CharsRef;

/**
 * Proves that {@link Hunspell#spell} accepts a word as a compound of two parts, split where the caller says, by the
 * steps {@code Hunspell} itself takes for that split: the whole word is no simple word (or an accepted one), the first
 * part stems as a compound beginning and the rest as a compound end, neither root is forbidden, the two roots differ
 * (CHECKCOMPOUNDDUP), the end needs no capital (FORCEUCASE), no triple letter is broken (CHECKCOMPOUNDTRIPLE, with the
 * SIMPLIFIEDTRIPLE reading), and the two parts with a space between are no dictionary phrase. Each part's stem is
 * worked out once and kept, so a compound whose parts recur ("stads|utveckling", "stads|arbete") costs two lookups
 * instead of Hunspell's search over every split point. It lives in Lucene's package because those steps are
 * package-private there; it answers only for dictionaries without the options it does not restate (compound patterns,
 * CHECKCOMPOUNDREP, CHECKCOMPOUNDCASE, input conversion), and "not proven" is never "rejected": the caller then asks
 * Hunspell. Thread-safe.
 */
public final class TwoPartCompoundProof {
    /** Parts kept per position, at most; a long ingest meets many. */
    private static final int CACHE_LIMIT = 200_000;

    private final Hunspell hunspell;
    private final Dictionary dictionary;
    private final boolean applies;
    private final Map<String, Optional<Root<CharsRef>>> beginnings = new ConcurrentHashMap<>();
    private final Map<String, Optional<Root<CharsRef>>> ends = new ConcurrentHashMap<>();

    public TwoPartCompoundProof(Hunspell hunspell) {
        this.hunspell = hunspell;
        this.dictionary = hunspell.dictionary;
        this.applies = dictionary.compoundBegin != Dictionary.FLAG_UNSET && dictionary.checkCompoundPatterns.isEmpty()
                && !dictionary.checkCompoundRep && !dictionary.checkCompoundCase;
    }

    /**
     * True when {@code Hunspell.spell(word)} is certainly true by the split before {@code at}; false when that is not
     * proven (Hunspell may still accept the word). The word is in lower case, letters only.
     */
    public boolean accepts(String word, int at) {
        int n = word.length();
        if (!applies || at < dictionary.compoundMin || n - at < dictionary.compoundMin || dictionary.needsInputCleaning(word)) {
            return false;
        }
        char[] chars = word.toCharArray();
        if (!mayBreak(chars, at)) {
            return false;
        }
        Root<CharsRef> first = stem(beginnings, word.substring(0, at), WordContext.COMPOUND_BEGIN);
        if (first == null && dictionary.simplifiedTriple && chars[at - 1] == chars[at]) {
            first = stem(beginnings, word.substring(0, at + 1), WordContext.COMPOUND_BEGIN);
        }
        if (first == null || dictionary.hasFlag(first.entryId(), dictionary.forbiddenword)) {
            return false;
        }
        Root<CharsRef> last = stem(ends, word.substring(at), WordContext.COMPOUND_END);
        if (last == null || dictionary.hasFlag(last.entryId(), dictionary.forbiddenword)
                || dictionary.checkCompoundDup && first.equals(last) || dictionary.hasFlag(last.entryId(), dictionary.forceUCase)) {
            return false;
        }
        char[] spaced = new char[n + 1];
        System.arraycopy(chars, 0, spaced, 0, at);
        spaced[at] = ' ';
        System.arraycopy(chars, at, spaced, at + 1, n - at);
        if (Boolean.TRUE.equals(hunspell.checkSimpleWord(spaced, spaced.length, null))) {
            return false;
        }
        // Hunspell tries the word as a simple word first and answers that way when it is one (a forbidden word: no).
        return !Boolean.FALSE.equals(hunspell.checkSimpleWord(chars, n, null));
    }

    /** CHECKCOMPOUNDTRIPLE: no break inside a run of three equal letters. */
    private boolean mayBreak(char[] chars, int at) {
        if (!dictionary.checkCompoundTriple || chars[at - 1] != chars[at]) {
            return true;
        }
        return !(at > 1 && chars[at - 2] == chars[at - 1] || at < chars.length - 1 && chars[at] == chars[at + 1]);
    }

    /** The root Hunspell finds for a part in that position (its own char array: the root may point into it), kept. */
    private Root<CharsRef> stem(Map<String, Optional<Root<CharsRef>>> cache, String part, WordContext context) {
        Optional<Root<CharsRef>> known = cache.get(part);
        if (known == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            known = Optional.ofNullable(hunspell.findStem(part.toCharArray(), 0, part.length(), null, context));
            cache.put(part, known);
        }
        return known.orElse(null);
    }
}
