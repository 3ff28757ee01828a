package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TwoPartCompoundProof;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.gazetteer.Gazetteer;

class SwedishLexiconTest {
    private static SwedishLexicon lexicon;
    /** sv_SE's simple forms and the forms its compound rules allow before a last part: random compounds are made of them. */
    private static List<String> forms;
    private static List<String> beforeLast;

    @BeforeAll
    static void load() {
        RepairKnowledge knowledge = RepairKnowledge.read();
        lexicon = new SwedishLexicon(knowledge.statistics(), RepairSettings.load(), Gazetteer.load(), knowledge.confusions(), Abbreviations.load());
        forms = HunspellForms.read();
        beforeLast = CompoundParts.read().beforeLast();
    }

    /** One to {@code maxParts - 1} parts, each a form allowed before a last part or any form, then a last form; lower case. */
    private static String randomCompound(SeededRandom random, int maxParts) {
        StringBuilder word = new StringBuilder();
        for (int part = 1 + random.nextInt(maxParts - 1); part > 0; part--) {
            List<String> from = random.nextBoolean() ? beforeLast : forms;
            word.append(from.get(random.nextInt(from.size())));
        }
        return word.append(forms.get(random.nextInt(forms.size()))).toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void theCompoundRuleFilterKeepsWhatHunspellAcceptsAndDropsMisreadings() {
        assertTrue(SwedishLexicon.hunspell().spell("fritidsgårdsverksamheten"));
        assertTrue(lexicon.mayPassCompoundRules("fritidsgårdsverksamheten"));
        // "gards" is no linking form (sv_SE makes "gårds" from "gård"), so Hunspell need not be asked.
        assertFalse(lexicon.mayPassCompoundRules("fritidsgardsverksamheten"));
        assertTrue(lexicon.mayPassCompoundRules("tallampa"), "SIMPLIFIEDTRIPLE: tall|lampa with one l dropped");
    }

    /** The filter only saves Hunspell checks: on random compounds of sv_SE's forms it never rejects one Hunspell accepts. */
    @Test
    void theCompoundRuleFilterNeverRejectsWhatHunspellAccepts() {
        SeededRandom random = SeededRandom.printed("theCompoundRuleFilterNeverRejectsWhatHunspellAccepts");
        Hunspell hunspell = SwedishLexicon.hunspell();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 3000; i++) {
            String lower = randomCompound(random, 3);
            if (hunspell.spell(lower)) {
                accepted++;
                assertTrue(lexicon.mayPassCompoundRules(lower), lower + " is accepted by Hunspell; seed " + random.seed());
            } else if (!lexicon.mayPassCompoundRules(lower)) {
                rejected++;
            }
        }
        assertTrue(accepted > 50 && rejected > 500, accepted + " accepted, " + rejected + " rejected; seed " + random.seed());
    }

    @Test
    void theTwoPartProofFollowsHunspellOnItsHardCases() {
        TwoPartCompoundProof proof = new TwoPartCompoundProof(SwedishLexicon.hunspell());
        assertTrue(proof.accepts("stadsutveckling", 5));
        assertTrue(proof.accepts("stadsdelsnämnden", 9));
        assertFalse(proof.accepts("stadsdelsnämnden", 5), "stads|delsnämnden: no such end");
        // sv_SE lists "affärsvärden" as a forbidden word, though its parts make a compound ("affärsvärdena" is fine).
        assertFalse(proof.accepts("affärsvärden", 6));
        assertTrue(proof.accepts("affärsvärdena", 6));
        // CHECKCOMPOUNDDUP: both parts from the same entry.
        assertFalse(proof.accepts("abbotsabbots", 6));
        for (String rejected : List.of("affärsvärden", "abbotsabbots")) {
            assertFalse(SwedishLexicon.hunspell().spell(rejected), rejected);
        }
    }

    /**
     * The proof only spares Hunspell checks: on random compounds of sv_SE's forms, every split it proves is a word
     * Hunspell accepts, and it proves most of the two-part ones Hunspell accepts.
     */
    @Test
    void theTwoPartProofNeverAcceptsWhatHunspellRejects() {
        SeededRandom random = SeededRandom.printed("theTwoPartProofNeverAcceptsWhatHunspellRejects");
        Hunspell hunspell = SwedishLexicon.hunspell();
        TwoPartCompoundProof proof = new TwoPartCompoundProof(hunspell);
        int accepted = 0;
        int proven = 0;
        for (int i = 0; i < 3000; i++) {
            String lower = randomCompound(random, 2);
            boolean spelled = hunspell.spell(lower);
            accepted += spelled ? 1 : 0;
            for (int at = 1; at < lower.length(); at++) {
                if (proof.accepts(lower, at)) {
                    assertTrue(spelled, lower + " proven at " + at + " but rejected by Hunspell; seed " + random.seed());
                    proven++;
                    break;
                }
            }
        }
        System.out.printf("two-part proof: %d of %d random compounds Hunspell accepts proven%n", proven, accepted);
        assertTrue(accepted > 100 && proven > accepted * 7 / 10, proven + " proven of " + accepted + " accepted; seed " + random.seed());
    }
}
