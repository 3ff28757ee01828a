package se.lup.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * Swedish text: Lucene's Swedish stop words; each word the dictionary knows replaced by its Hunspell lemma
 * ("mötesplatserna" → "mötesplats"), then Lucene's light stemmer over lemmas and unknown words alike (compounds the
 * dictionary lacks, "trygghetsvandringar" → "trygghetsvandring"); then, optionally, dictionary decompounding.
 *
 * <p>Decompounding runs on the stem and against a stemmed dictionary ({@link SwedishDictionary#stems()}), so every
 * dictionary word inside a compound is indexed at the compound's position: "introduktionsförskolan" also yields
 * "förskol" (found by "förskola"), and "familjecentralsliknande" yields "familj" and "central" (found by
 * "familjecentral", whose own parts must then all occur at one position — see {@code se.lup.search.LupQueryParser}).
 * The per-word steps run once per distinct word ({@link CachedWordFilter}).
 */
public final class SwedishTextAnalyzer extends Analyzer {
    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 30;
    private static final CachedWordFilter.Cache STEMS = new CachedWordFilter.Cache(wordChain(false));
    private static final CachedWordFilter.Cache STEMS_AND_PARTS = new CachedWordFilter.Cache(wordChain(true));

    private final boolean decompound;

    public SwedishTextAnalyzer(boolean decompound) {
        this.decompound = decompound;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
        stream = new CachedWordFilter(stream, decompound ? STEMS_AND_PARTS : STEMS);
        return new TokenStreamComponents(source, stream);
    }

    /** What happens to each word: Hunspell lemma, light stem, and optionally its dictionary parts. */
    private static Analyzer wordChain(boolean decompound) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer word = new KeywordTokenizer();
                TokenStream stream = new HunspellStemFilter(word, SwedishDictionary.hunspell(), true, true);
                stream = new SwedishLightStemFilter(stream);
                if (decompound) {
                    stream = decompounder(stream, SwedishDictionary.stems());
                }
                return new TokenStreamComponents(word, stream);
            }
        };
    }

    /**
     * Adds every dictionary part of a (stemmed) word at the word's position. All parts, not only the longest, so a
     * word's parts are always a subset of the parts of any compound containing it.
     */
    static TokenStream decompounder(TokenStream stream, CharArraySet parts) {
        return new DictionaryCompoundWordTokenFilter(stream, parts, MIN_WORD, MIN_PART, MAX_PART, false);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
