package se.lup.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a per-word analysis chain (Hunspell lemma, stemming, decompounding: dozens of dictionary look-ups a word)
 * once per distinct word and replays the cached terms for every later occurrence, since text repeats its words.
 * The first term replaces the word; the others are stacked at its position, as the chain itself emits them.
 */
public final class CachedWordFilter extends TokenFilter {
    /** Terms by word, for one word chain; shared by all threads using that chain. */
    public static final class Cache {
        private static final int MAX_WORDS = 500_000;
        private final Analyzer wordChain;
        private final ConcurrentHashMap<String, String[]> terms = new ConcurrentHashMap<>();

        /** @param wordChain an analyzer whose tokenizer keeps the whole input as one token (KeywordTokenizer) */
        public Cache(Analyzer wordChain) {
            this.wordChain = wordChain;
        }

        String[] terms(String word) {
            String[] cached = terms.get(word);
            if (cached == null) {
                if (terms.size() > MAX_WORDS) {
                    terms.clear(); // rare; simpler than LRU and the working set refills at once
                }
                cached = analyse(word);
                terms.put(word, cached);
            }
            return cached;
        }

        private String[] analyse(String word) {
            List<String> out = new ArrayList<>();
            try (TokenStream ts = wordChain.tokenStream("", word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // analysing a String in memory does not do I/O
            }
            return out.toArray(String[]::new);
        }
    }

    private final Cache cache;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private String[] pending = new String[0];
    private int next;
    private State word;

    public CachedWordFilter(TokenStream input, Cache cache) {
        super(input);
        this.cache = cache;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            restoreState(word);
            term.setEmpty().append(pending[next++]);
            position.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            pending = cache.terms(term.toString());
            if (pending.length == 0) {
                continue; // the chain dropped the word; its position increment is lost, as with a stop filter
            }
            word = captureState();
            term.setEmpty().append(pending[0]);
            next = 1;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = new String[0];
        next = 0;
    }
}
