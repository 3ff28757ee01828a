package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MisreadPeriodsTest {
    private final MisreadPeriods periods = MisreadPeriods.load();

    @Test
    void aPeriodBeforeALowerCaseWordWasAComma() {
        assertEquals(", ", periods.repair(" ", "barn", ". ", "unga"));
        assertEquals(",\n", periods.repair(" ", "funktionsnedsättning", ".\n", "flickor"));
    }

    @Test
    void sentenceEndsStay() {
        assertEquals(". ", periods.repair(" ", "arbetet", ". ", "Barn"));
        // A capital I is often read as i or l: that lower case says nothing.
        assertEquals(". ", periods.repair(" ", "insatserna", ". ", "inom"));
        // After a paragraph a list item may start in lower case.
        assertEquals(".\n\n", periods.repair(" ", "stadsdelsförvaltningen", ".\n\n", "ungdomsmottagningen"));
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertEquals(". ", periods.repair(" ", "inkl", ". ", "moms"));
        assertEquals(". ", periods.repair(".", "ex", ". ", "genom"));
        assertEquals(". ", periods.repair(". ", "ex", ". ", "öppen"));
        assertEquals(". ", periods.repair(" ", "kap", ". ", "socialtjänstlagen"));
    }

    @Test
    void onlyAPeriodBetweenWordsIsRead() {
        assertEquals(". ", periods.repair(" ", "3", ". ", "och"));
        assertEquals("... ", periods.repair(" ", "mer", "... ", "och"));
        assertEquals(", ", periods.repair(" ", "barn", ", ", "unga"));
    }

    @Test
    void repairRestoresTheComma() {
        assertEquals("Risken för att barn, unga och vuxna utsätts.", SharedRepairers.alwaysRepair().repairText("Risken för att barn. unga och vuxna utsatts.").text());
    }
}
