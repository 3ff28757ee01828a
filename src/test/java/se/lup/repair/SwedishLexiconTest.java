package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.gazetteer.Gazetteer;

class SwedishLexiconTest {
    private static SwedishLexicon lexicon;

    @BeforeAll
    static void load() {
        RepairKnowledge knowledge = RepairKnowledge.read();
        lexicon = new SwedishLexicon(knowledge.statistics(), RepairSettings.load(), Gazetteer.load(), knowledge.confusions(), Abbreviations.load());
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
        List<String> forms = HunspellForms.read();
        List<String> beforeLast = CompoundParts.read().beforeLast();
        Hunspell hunspell = SwedishLexicon.hunspell();
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder word = new StringBuilder();
            for (int part = 1 + random.nextInt(2); part > 0; part--) {
                List<String> from = random.nextBoolean() ? beforeLast : forms;
                word.append(from.get(random.nextInt(from.size())));
            }
            String lower = word.append(forms.get(random.nextInt(forms.size()))).toString().toLowerCase(Locale.ROOT);
            if (hunspell.spell(lower)) {
                accepted++;
                assertTrue(lexicon.mayPassCompoundRules(lower), lower + " is accepted by Hunspell; seed " + random.seed());
            } else if (!lexicon.mayPassCompoundRules(lower)) {
                rejected++;
            }
        }
        assertTrue(accepted > 50 && rejected > 500, accepted + " accepted, " + rejected + " rejected; seed " + random.seed());
    }
}
