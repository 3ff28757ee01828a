package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void symbolsReadForSwedishLettersStayInTheWord() {
        assertEquals(List.of("6vergripande", "&r", "m@jlighet", "s@", "strateg}", "}"), Tokens.words("6vergripande &r m@jlighet, s@. strateg} }"));
    }

    @Test
    void anExclamationMarkReadForALetterStaysInTheWord() {
        // Before a letter, or before a lower-case word, "!" is a misread "l" or "i"; before a capital or at the end it
        // ends a sentence.
        assertEquals(List.of("stadsde!snamnderna", "til!", "att", "Välkommen", "Här", "ande"),
                Tokens.words("stadsde!snamnderna til! att. Välkommen! Här ande!"));
    }

    @Test
    void aParenthesisAloneBetweenSpacesIsAWord() {
        assertEquals(List.of("tillvara", "(", "utvecklingen"), Tokens.words("tillvara ( utvecklingen"));
        // Parentheses around text, or before a line break, are punctuation.
        assertEquals(List.of("insatser", "ASI", "och", "mer"), Tokens.words("insatser (ASI) och (\nmer"));
    }

    @Test
    void anAtSignStartsNoWord() {
        assertEquals(List.of("kontakt", "stadsdelen"), Tokens.words("kontakt @stadsdelen"));
    }

    @Test
    void eMailAddressesAreNoWords() {
        List<Tokens.Token> tokens = Tokens.split("Skriv till anna.svensson@stockholm.se i dag.");
        Tokens.Token address = tokens.stream().filter(t -> t.text().contains("@")).findFirst().orElseThrow();
        assertEquals("svensson@stockholm", address.text());
        assertFalse(address.word(), "repair must not touch an address");
        assertEquals(List.of("Skriv", "till", "anna", "se", "i", "dag"), Tokens.words("Skriv till anna.svensson@stockholm.se i dag."));
        // The pieces put back together give the text unchanged.
        assertEquals("Skriv till anna.svensson@stockholm.se i dag.", String.join("", tokens.stream().map(Tokens.Token::text).toList()));
    }

    @Test
    void acronymsAreWrittenInCapitalsOnly() {
        assertTrue(Tokens.allCapitals("HBTQI"));
        assertTrue(Tokens.allCapitals("UBÅT"));
        assertFalse(Tokens.allCapitals("Ubåt"));
        assertFalse(Tokens.allCapitals("LUP2"));
    }
}
