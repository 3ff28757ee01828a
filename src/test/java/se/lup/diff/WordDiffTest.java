package se.lup.diff;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void ocrMisreadingsSplitWordsAndReflowAreNoChange() {
        assertEquals(Optional.empty(), WordDiff.of("Stadsdelsnämnderna ska minska skillnader i livsvillkor.",
                "Stadsdelsndmnderna ska  minska skill-\nnader 1 livsvillkor ."));
        assertEquals(Optional.empty(), WordDiff.of("åtgärder för övergripande mål", "atgéirder for 6vergripande mal"));
    }

    @Test
    void changedNumbersAndWordsAreChanges() {
        assertEquals(Optional.of("Antal platser: [-35-] {+40+} st"), WordDiff.of("Antal platser: 35 st", "Antal platser: 40 st"));
        assertEquals(Optional.of("… två tre fyra fem [-två-] {+tre+} fyra sex sju åtta …"),
                WordDiff.of("ett två tre fyra fem två fyra sex sju åtta nio", "ett två tre fyra fem tre fyra sex sju åtta nio"));
    }
}
