package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HunspellFormsTest {
    /** The bundled forms are what generate() makes; checking them avoids expanding the dictionary in every build. */
    private static final Set<String> FORMS = new HashSet<>(HunspellForms.read());

    @Test
    void stemsWithCompoundPositionFlagsAreWordsOnTheirOwn() {
        // sv_SE marks these stems COMPOUNDEND/COMPOUNDBEGIN, and they are also everyday words with their inflections.
        for (String word : List.of("nämnd", "nämnden", "nämndens", "hälsa", "förebygga", "äldre", "äldres", "funktionsnedsättning")) {
            assertTrue(FORMS.contains(word), word);
        }
    }

    @Test
    void stemsOnlyAllowedInsideCompoundsAreNotWordsButCompoundParts() {
        assertFalse(FORMS.contains("abborr")); // abborr/XZ: ONLYINCOMPOUND, as in "abborrfiske"
        List<String> parts = CompoundParts.read().compoundOnlyStems();
        for (String part : List.of("abborr", "skol", "familje", "föräldra", "hälso")) {
            assertTrue(parts.contains(part), part);
        }
        assertFalse(parts.contains("nämnd"), "a word of its own is no compound-only stem");
    }
}
