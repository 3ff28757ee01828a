package se.lup.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import se.lup.repair.OcrFolding;
import se.lup.repair.OcrFoldingFilter;

/**
 * Garble-tolerant text: every word replaced by its {@link OcrFolding} key, so "åtgärder", "atgarder" and the OCR
 * reading "atgéirder" index alike, then lightly stemmed and decompounded against the folded dictionary (so
 * "förskola" finds the unrepaired "Introduktionsforskolan"). Used on the raw (unrepaired) text and on queries.
 */
public final class FoldedTextAnalyzer extends Analyzer {
    private static final CachedWordFilter.Cache STEMS = new CachedWordFilter.Cache(wordChain(false));
    private static final CachedWordFilter.Cache STEMS_AND_PARTS = new CachedWordFilter.Cache(wordChain(true));

    private final boolean decompound;

    /** @param decompound also index the (folded) dictionary parts of compounds, as {@link SwedishTextAnalyzer} does */
    public FoldedTextAnalyzer(boolean decompound) {
        this.decompound = decompound;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Words keep the characters OCR substitutes for å/ä/ö ("&r", "{4", "6ppna"), which standard tokenizers split on.
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(FoldedTextAnalyzer::isWordChar);
        TokenStream stream = new CachedWordFilter(source, decompound ? STEMS_AND_PARTS : STEMS);
        return new TokenStreamComponents(source, stream);
    }

    /** What happens to each word: OCR folding (which lower-cases), light stem, and optionally its folded parts. */
    private static Analyzer wordChain(boolean decompound) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer word = new KeywordTokenizer();
                TokenStream stream = new SwedishLightStemFilter(new OcrFoldingFilter(word));
                if (decompound) {
                    stream = SwedishTextAnalyzer.decompounder(stream, SwedishDictionary.foldedStems());
                }
                return new TokenStreamComponents(word, stream);
            }
        };
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new OcrFoldingFilter(new LowerCaseFilter(in));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '&' || c == '{' || c == '|';
    }
}
