package se.lup.repair;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each term by its {@link OcrFolding} key, so "åtgärder", "atgarder" and "atgéirder" index alike. */
public final class OcrFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public OcrFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = OcrFolding.fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }
}
