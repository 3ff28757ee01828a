package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RepairEvaluationTest {
    @Test
    void pairsWithTheSamePageBreaksAreScoredPageByPage() {
        OcrDevSplit.Pair document = new OcrDevSplit.Pair("plan", "Första sidan.\fAndra sidan.", "Forsta sidan.\fAndra sidan.");
        List<OcrDevSplit.Pair> pages = document.pages();
        assertEquals(List.of("plan/p001", "plan/p002"), pages.stream().map(OcrDevSplit.Pair::id).toList());
        assertEquals("Forsta sidan.", pages.get(0).ocr());
        // Page breaks that do not match leave the pair whole.
        assertEquals(List.of(document.id()), new OcrDevSplit.Pair("plan", "a\fb", "a b").pages().stream().map(OcrDevSplit.Pair::id).toList());
        RepairEvaluation.Scores raw = RepairEvaluation.evaluate(pages, UnaryOperator.identity()).raw();
        assertEquals(4, raw.words());
        assertEquals(0.25, raw.wer(), 1e-9);
        assertEquals(1.0, raw.swedishLetterWer(), 1e-9);
    }

    @Test
    void aPairTooLongToAlignIsSkippedByNameAndTheOthersScored() {
        String words = "ord ".repeat(40_000);
        List<OcrDevSplit.Pair> pairs = List.of(new OcrDevSplit.Pair("01", "Första sidan.", "Forsta sidan."),
                new OcrDevSplit.Pair("whole-plan", words, words));
        RepairEvaluation.Result result = RepairEvaluation.evaluate(pairs, UnaryOperator.identity());
        assertEquals(1, result.pairs());
        assertEquals(2, result.raw().words());
        assertEquals(1, result.skipped().size());
        assertTrue(result.skipped().get(0).startsWith("whole-plan: "), result.skipped().get(0));
        assertTrue(result.skipped().get(0).contains("form feeds"), result.skipped().get(0));
        assertEquals(List.of("01: Första -> Forsta (Forsta)"), RepairEvaluation.remainingErrors(pairs, UnaryOperator.identity()));
    }

    /** 8,000 words against 8,000: a table of 64 M cells, too many before the alignment kept 2 bits a cell. */
    @Test
    void aWholeDocumentWithoutPageBreaksIsScoredInOnePiece() {
        String clean = "Nämnden ska öka stödet till barn och unga i stadsdelen. ".repeat(800);
        String ocr = "Namnden ska Oka stédet till barn och unga | stadsdelen. ".repeat(800);
        RepairEvaluation.Scores raw = RepairEvaluation.evaluate(List.of(new OcrDevSplit.Pair("plan", clean, ocr)), UnaryOperator.identity()).raw();
        assertEquals(8_000, raw.words());
        assertEquals(0.4, raw.wer(), 1e-9);
        assertEquals(1.0, raw.swedishLetterWer(), 1e-9);
    }
}
