package se.lup.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * Swedish text: Lucene's Swedish stop words and light stemmer, then (optionally) dictionary decompounding.
 *
 * <p>Decompounding runs on the stem and against a stemmed dictionary ({@link CompoundDictionary}), so every
 * dictionary word inside a compound is indexed at the compound's position: "introduktionsförskolan" also yields
 * "förskol" (found by "förskola"), and "familjecentralsliknande" yields "familj" and "central" (found by
 * "familjecentral", whose own parts must then all occur at one position — see {@code se.lup.search.LupQueryParser}).
 */
public final class SwedishTextAnalyzer extends Analyzer {
    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 30;

    private final boolean decompound;

    public SwedishTextAnalyzer(boolean decompound) {
        this.decompound = decompound;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
        stream = new SwedishLightStemFilter(stream);
        if (decompound) {
            stream = new DictionaryCompoundWordTokenFilter(
                    stream, CompoundDictionary.stems(), MIN_WORD, MIN_PART, MAX_PART, false);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
