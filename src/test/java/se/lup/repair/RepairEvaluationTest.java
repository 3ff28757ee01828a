package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void aPairTooLongToAlignIsRefusedByName() {
        String words = "ord ".repeat(8_000);
        List<OcrDevSplit.Pair> pairs = List.of(new OcrDevSplit.Pair("whole-plan", words, words));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RepairEvaluation.evaluate(pairs, UnaryOperator.identity()));
        assertTrue(e.getMessage().startsWith("whole-plan: "), e.getMessage());
        assertTrue(e.getMessage().contains("form feeds"), e.getMessage());
    }
}
