package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class OcrFoldingTest {
    @Test
    void garbledRepairedAndCleanFormsShareAKey() {
        String key = OcrFolding.fold("åtgärder");
        for (String garbled : List.of("atgarder", "atgéirder", "Atgärder", "ÅTGÄRDER", "atgiirder")) {
            assertEquals(key, OcrFolding.fold(garbled), garbled);
        }
        assertEquals(OcrFolding.fold("övergripande"), OcrFolding.fold("6vergripande"));
        assertEquals(OcrFolding.fold("övergripande"), OcrFolding.fold("évergripande"));
        assertEquals(OcrFolding.fold("stadsdelsnämnder"), OcrFolding.fold("stadsdelsn&mnder"));
        assertEquals(OcrFolding.fold("i"), OcrFolding.fold("|"));
    }

    @Test
    void differentWordsAndNumbersStayApart() {
        assertNotEquals(OcrFolding.fold("åtgärder"), OcrFolding.fold("åtgärd"));
        assertNotEquals(OcrFolding.fold("4.6"), OcrFolding.fold("6.6"));
        assertNotEquals(OcrFolding.fold("2016"), OcrFolding.fold("2014"));
        assertEquals("2016", OcrFolding.fold("2016"));
    }

    @Test
    void filterFoldsEveryTerm() throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader("Prioriterade atgéirder 6vergripande"));
        assertEquals(List.of("prioriterade", "atgarder", "overgripande"), terms(new OcrFoldingFilter(tokenizer)));
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term.toString());
        }
        stream.end();
        stream.close();
        return out;
    }
}
