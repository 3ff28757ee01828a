package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MisreadDecimalPointsTest {
    private final MisreadDecimalPoints decimals = MisreadDecimalPoints.load();

    /** The line with every period the rule reads as a decimal comma replaced. */
    private String read(String line) {
        List<Tokens.Token> tokens = Tokens.split(line);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            out.append(decimals.isDecimalComma(tokens, i, w -> tokens.get(w).text().toLowerCase(Locale.ROOT)) ? "," : tokens.get(i).text());
        }
        return out.toString();
    }

    @Test
    void aPeriodBeforeAUnitWasADecimalComma() {
        assertEquals("budget för 2022 är netto 223,2 mnkr.", read("budget för 2022 är netto 223.2 mnkr."));
        assertEquals("Sjukfrånvaro dag 1-14 2,6 % Tas fram", read("Sjukfrånvaro dag 1-14 2.6 % Tas fram"));
        assertEquals("räknats upp med 3,8 procent", read("räknats upp med 3.8 procent"));
        assertEquals("Totalt köpt energi 1,61 GWh", read("Totalt köpt energi 1.61 GWh"));
    }

    @Test
    void negativeNumbersAndFractionsAreQuantities() {
        assertEquals("Resultat -0,2 och 0,5", read("Resultat -0.2 och 0.5"));
        // "1-14" is a range, not a minus: "14.2" here has no other sign of being a quantity.
        assertEquals("dag 1-14.2 följs", read("dag 1-14.2 följs"));
    }

    @Test
    void aNumberInARowOfDecimalCommasIsOne() {
        assertEquals("Nettokostnad 189,6 66,0 262,8", read("Nettokostnad 189.6 66,0 262.8"));
        assertEquals("Klimatinvesteringar 0,0 1,9 -0,7 1,9", read("Klimatinvesteringar 0,0 1,9 -0.7 1.9"));
        // Without a comma in the row nothing says so, nor does a comma elsewhere on the line.
        assertEquals("Nettokostnad 189.6 66.0", read("Nettokostnad 189.6 66.0"));
        assertEquals("varav 47,4 mnkr enligt mål 1.2 och 3.1", read("varav 47,4 mnkr enligt mål 1.2 och 3.1"));
    }

    @Test
    void sectionNumbersTimesDatesAndThousandsStay() {
        assertEquals("KF:s mål för verksamhetsområdet: 1.2. Stockholm", read("KF:s mål för verksamhetsområdet: 1.2. Stockholm"));
        assertEquals("kommunfullmäktiges mål 1.2 och 1.3 om", read("kommunfullmäktiges mål 1.2 och 1.3 om"));
        // A goal number starts its line even in a row of figures.
        assertEquals("1.1 Andel nöjda brukare 87,5", read("1.1 Andel nöjda brukare 87,5"));
        assertEquals("avsnitt 2.3.1 och 2022.01.01", read("avsnitt 2.3.1 och 2022.01.01"));
        assertEquals("kl. 13.00 till 2,5 timmar", read("kl. 13.00 till 2,5 timmar"));
        assertEquals("1.000 kr", read("1.000 kr"));
    }
}
