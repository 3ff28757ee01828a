package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.clean.CleanDocument;

class SwedishOcrRepairerTest {
    private static final List<String> OCR_DOCUMENTS = List.of(
            "corpus/socialforvaltningen-lup-plan-2017-senare-ocr.txt", "corpus/rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt");
    private final SwedishOcrRepairer repairer = SharedRepairers.standard();
    private final SwedishOcrRepairer alwaysRepair = SharedRepairers.alwaysRepair();

    /** Paragraphs (blank-line separated) as blocks, one page per form feed, the way the cleaner hands them over. */
    static CleanDocument document(Path file) throws IOException {
        String text = Files.readString(file);
        List<Block> blocks = new ArrayList<>();
        int offset = 0;
        String[] pages = text.split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            for (String paragraph : pages[p].split("\n\\s*\n")) {
                String joined = paragraph.strip().replaceAll("\\s*\n\\s*", " ");
                if (!joined.isEmpty()) {
                    blocks.add(new Block(BlockType.PARAGRAPH, joined, joined, p + 1, offset, offset + joined.length(), List.of()));
                    offset += joined.length() + 1;
                }
            }
        }
        return new CleanDocument(file, text, blocks, pages.length, pages.length);
    }

    @Test
    void corpusOcrDocumentsReadAsSwedishAfterRepair() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : OCR_DOCUMENTS) {
            RepairedDocument repaired = repairer.repair(document(Path.of(file)));
            RepairReport report = repaired.report();
            System.out.printf("%s: garble %.3f -> %.3f, %d words changed, %d unknown%n",
                    file, report.garbleBefore(), report.garbleAfter(), report.wordsChanged(), report.unknownWords().size());
            assertTrue(report.applied());
            assertTrue(report.garbleAfter() < report.garbleBefore() / 2, "garble score should fall by half: " + report);
            assertFalse(report.pages().isEmpty());
            repaired.document().blocks().forEach(b -> all.append(b.text()).append('\n'));
            assertTrue(repaired.document().blocks().stream().anyMatch(b -> !b.text().equals(b.rawText())), "raw text kept beside repaired");
        }
        String text = all.toString();
        for (String word : List.of("åtgärder", "stadsdelsnämnder", "övergripande", "följas", "förutsättningar",
                "långsiktiga", "förvaltningar", "Spånga-Tensta", "Skärholmen", "Hässelby", "Skarpnäck", "invånare", "möjligheter")) {
            assertTrue(text.contains(word), "repaired OCR documents should contain " + word);
        }
        for (String garbled : List.of("atgarder", "6vergripande", "forutsattningar", "Spénga", "pdgéar", "Skédrholmen", "enkédtbaserad")) {
            assertFalse(text.contains(garbled), "still garbled: " + garbled);
        }
    }

    @Test
    void wordsValidBothWaysAreDecidedByContext() {
        String repaired = alwaysRepair.repair(
                "Det ar viktigt att arbetet for barn och unga fortsatter. Forvaltningen ska na malen pa sikt. "
                        + "Barnen bor i stadsdelen och manga av dem far stod under aret.");
        assertTrue(repaired.startsWith("Det är viktigt att arbetet för barn och unga fortsätter."), repaired);
        assertTrue(repaired.contains("nå målen på sikt."), repaired);
        assertTrue(repaired.contains("Barnen bor i stadsdelen och många av dem får stöd under året."), repaired);
    }

    @Test
    void loneDigitIsReadAsLetterOrKeptAsNumberByContext() {
        assertEquals("Barnen deltar i arbetet med skolan.", alwaysRepair.repair("Barnen deltar 1 arbetet med skolan."));
        assertEquals("Insatser i stadsdelen ökar tryggheten.", alwaysRepair.repair("Insatser 1 stadsdelen okar tryggheten."));
        assertEquals("Budgeten för 2022 är 1 mnkr.", alwaysRepair.repair("Budgeten for 2022 ar 1 mnkr."));
        assertEquals("Från och med den 1 januari gäller planen.", alwaysRepair.repair("Fran och med den 1 januari galler planen."));
    }

    @Test
    void atSignReadForÖIsRepairedButAddressesAreKept() {
        assertEquals("Vi ger möjligheter till stöd så att alla kan delta. Skriv till info@stockholm.se.",
                alwaysRepair.repair("Vi ger m@jligheter till stöd s@ att alla kan delta. Skriv till info@stockholm.se."));
    }

    /** Word counts learned from the text read 50 times: what a new document's counts might know, and nothing else. */
    private static WordStatistics countsOf(String text) {
        WordStatistics counts = new WordStatistics();
        for (int i = 0; i < 50; i++) {
            counts.learn(text);
        }
        return counts;
    }

    @Test
    void districtNamesAreKeptAndRestored() {
        // Counts that know "första" well and the district not at all, as a new document's might.
        WordStatistics counts = countsOf("Barnen ska i första hand få stöd i skolan. Det första steget är att barnen får stöd.");
        SwedishOcrRepairer repairer = SwedishOcrRepairer.withCounts(RepairSettings.load().withGarbleThreshold(-1), counts);
        assertEquals("3.11 Farsta\nBarnen i Farsta ska få stöd.", repairer.repair("3.11 Farsta\nBarnen i Farsta ska fa stod."));
        // Not a name where a capital says nothing: at the start of a sentence the common word wins.
        assertEquals("Första steget är att barnen får stöd.", repairer.repair("Farsta steget ar att barnen far stod."));
        // A district these counts do not know still beats a name only the dictionary knows, as place_name_count says.
        assertEquals("Barnen i Vårberg ska få stöd.", repairer.repair("Barnen i Varberg ska fa stod."));
        // A misread district that Hunspell would take for a compound of common words ("skarp|nick"): a name is no such compound.
        assertEquals("Barnen i Skarpnäck ska få stöd.", repairer.repair("Barnen i Skarpnick ska fa stod."));
        RepairSettings noPlacePrior = RepairSettings.load().withGarbleThreshold(-1);
        noPlacePrior = new RepairSettings(noPlacePrior.garbleThreshold(), noPlacePrior.pageMinWords(), noPlacePrior.maxCandidates(),
                noPlacePrior.minCompoundLength(), noPlacePrior.commonWordWeight(), noPlacePrior.lexiconOnlyCount(),
                noPlacePrior.lexiconOnlyCount(), noPlacePrior.unknownWordCount(), noPlacePrior.contextWeight(), noPlacePrior.pruneMargin(),
                noPlacePrior.spaceErrorProbability(), noPlacePrior.foreignSymbolProbability());
        assertEquals("Barnen i Varberg ska få stöd.", SwedishOcrRepairer.withCounts(noPlacePrior, counts).repair("Barnen i Varberg ska fa stod."));
    }

    @Test
    void lettersReadAsTwoAreJoined() {
        // "rn" for "m": the key changes, so only the search over pairs of OCR letters finds the word.
        assertEquals("Stadsdelen arbetar i samverkan med skolan för en bättre miljö.",
                alwaysRepair.repair("Stadsdelen arbetar i sarnverkan med skolan för en bättre rniljö."));
    }

    /** Capitals no counts know are an acronym, kept as written but for the dots OCR strips from Å, Ä and Ö. */
    @Test
    void acronymsKeepTheirLettersButGetTheirDots() {
        SwedishOcrRepairer repairer = SwedishOcrRepairer.withCounts(RepairSettings.load().withGarbleThreshold(-1),
                countsOf("Barnen ska resa till skolan och resan ska vara trygg. Arbetet med barnen och HBTQ-frågor i skolan fortsätter."));
        assertEquals("Arbetet med RSA fortsätter.", repairer.repair("Arbetet med RSA fortsatter."));
        assertEquals("Arbetet med UBÅT fortsätter.", repairer.repair("Arbetet med UBAT fortsatter."));
        // Nor is an acronym split where its end is a word ("HBTQI", not "HBTQ I").
        assertEquals("Arbetet med HBTQI-personer fortsätter.", repairer.repair("Arbetet med HBTQI-personer fortsatter."));
        // The same letters in lower case are a word to repair.
        assertEquals("Barnen ska resa till skolan.", repairer.repair("Barnen ska rsa till skolan."));
    }

    /** Tesseract prints "!" for "l" (and "i"); an exclamation mark before a capital stays one. */
    @Test
    void anExclamationMarkReadForLIsRepaired() {
        assertEquals("Andel stockholmare i stadsdelsnämnderna bidrar till att uppfylla målen. Välkommen! Här finns en del av arbetet.",
                alwaysRepair.repair(
                        "Ande! stockholmare i stadsde!snamnderna bidrar til! att uppfy!la malen. Välkommen! Här finns en de! av arbetet."));
    }

    /** A lone "}" or "{" is an "i" OCR misread, and "}" in a word a letter: they are repaired like "|". */
    @Test
    void bracesReadForIAreRepaired() {
        assertEquals("Arbetet sker i samarbete med stadens strategi i förskolan.",
                alwaysRepair.repair("Arbetet sker } samarbete med stadens strateg} { forskolan."));
    }

    @Test
    void englishDashesAndQuotesAreMadeSwedish() {
        assertEquals("Projektet ”Community Mothers” – ett stöd för föräldrar.",
                alwaysRepair.repair("Projektet “Community Mothers” — ett stod for foraldrar."));
    }

    @Test
    void aListDashReadAsATildeIsRestored() {
        assertEquals("Nämnden föreslår:\n- Medel för projektering 0,5 mnkr\n- Medel för startkostnad",
                alwaysRepair.repair("Namnden foreslar:\n~ Medel f6r projektering 0.5 mnkr\n- Medei for startkostnad"));
    }

    @Test
    void aSymbolReadForIIsACapitalAtASentenceOrParagraphStart() {
        assertEquals("2.3 Uppföljning\n\nI samband med tertialrapport 1 presentera en plan. I samband med den redovisas arbetet i stadsdelen.",
                alwaysRepair.repair("2.3 Uppfoljning\n\n| samband med tertialrapport 1 presentera en plan. { samband med den redovisas arbetet | stadsdelen."));
    }

    @Test
    void aParenthesisReadForIIsRepaired() {
        assertEquals("Erfarenheten tas även tillvara i utvecklingen av stadens arbete (SIP).",
                alwaysRepair.repair("Erfarenheten tas aven tillvara ( utvecklingen av stadens arbete (SIP)."));
    }

    /** Abbreviations written with periods are no misreadings: "fr.o.m." is not "för.ö.m.", "ev." not "lev.", "s.k." not "s.åk.". */
    @Test
    void abbreviationsWrittenWithPeriodsKeepTheirLetters() {
        assertEquals("Stadsdelsnämnden ska fr.o.m. 2023 t.o.m. 2025 ge bl.a. stöd till s.k. öppna förskolor, jmf. avsnitt 3.",
                alwaysRepair.repair("Stadsdelsndmnden ska fr.o.m. 2023 t.o.m. 2025 ge bl.a. stéd till s.k. éppna férskolor, jmf. avsnitt 3."));
        assertEquals("Se kap. 3, ev. även avsnitt 4 resp. 5.", alwaysRepair.repair("Se kap. 3, ev. aven avsnitt 4 resp. 5."));
        // Without its period an abbreviation of the list is a known word: "jmf" is not read as "imf".
        assertEquals("Kostnaden är 3 mkr, jmf föregående år.", alwaysRepair.repair("Kostnaden ar 3 mkr, jmf foregaende ar."));
    }

    /** A place name before a known word is a compound Hunspell cannot know: a place, school or event of the district. */
    @Test
    void compoundsOfPlaceNamesAreRespelled() {
        assertEquals("Mötet hölls på Hässelbygården i maj.", alwaysRepair.repair("Motet hölls pa Hasselbygarden i maj."));
    }

    /** OCR loses the space beside a short word ("ari" for "år i") and breaks a word in two ("oc h", "bar nens"). */
    @Test
    void lostAndAddedSpacesAreRestored() {
        assertEquals("Familjen har bott 3 år i Farsta.", alwaysRepair.repair("Familjen har bott 3 ari Farsta."));
        assertEquals("Det är viktigt för barnen och för deras föräldrar.", alwaysRepair.repair("Det ar viktigt for barnen oc h for deras foraldrar."));
        assertEquals("Vi arbetar med barnens hälsa.", alwaysRepair.repair("Vi arbetar med bar nens halsa."));
        // Two words that are both known stay two, though together they are a word too ("intill").
        assertEquals("Vi gick in till skolan.", alwaysRepair.repair("Vi gick in till skolan."));
        // The report counts a joined word as one change, like a respelled one.
        assertEquals(2, alwaysRepair.repairText("Vi arbetar med bar nens halsa.").report().wordsChanged());
    }

    @Test
    void cleanTextIsLeftAloneAndScoredClean() throws IOException {
        String clean = Files.readString(Path.of("corpus/rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt"));
        SwedishOcrRepairer.RepairedText result = repairer.repairText(clean);
        assertFalse(result.report().applied());
        assertEquals(clean, result.text());
        assertTrue(repairer.garbleScore(clean) < RepairSettings.load().garbleThreshold());
        assertTrue(repairer.garbleScore(Files.readString(Path.of(OCR_DOCUMENTS.get(0)))) > RepairSettings.load().garbleThreshold());
    }

    /** Random clean sentences, repaired even though they are not garbled: correct words must survive. */
    @Test
    void correctSentencesSurviveForcedRepair() throws IOException {
        SeededRandom random = SeededRandom.printed("correctSentencesSurviveForcedRepair");
        List<String> sentences = new ArrayList<>();
        for (String file : List.of("corpus/socialforvaltningen-lup-plan-2017.txt", "corpus/spanga-tensta-verksamhetsplan-2022.txt")) {
            for (String s : Files.readString(Path.of(file)).split("(?<=[.!?])\\s+")) {
                if (s.length() > 40 && s.length() < 300 && !s.contains("\t")) {
                    sentences.add(s.replaceAll("\\s+", " "));
                }
            }
        }
        int words = 0;
        int changed = 0;
        for (int i = 0; i < 60; i++) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            assertEquals(sentence, repairer.repair(sentence), "seed " + random.seed());
            SwedishOcrRepairer.RepairedText forced = alwaysRepair.repairText(sentence);
            words += Tokens.words(sentence).size();
            changed += forced.report().wordsChanged();
        }
        System.out.printf("forced repair changed %d of %d correct words%n", changed, words);
        assertTrue(changed <= words / 100, "forced repair changed " + changed + " of " + words + " correct words, seed " + random.seed());
    }

    @Test
    void decimalCommasReadAsPeriodsAreRestored() {
        // The words around the numbers are repaired as ever; a period between digits only where the number is a quantity.
        assertEquals("Verksamhetsområdets budget för 2022 är netto 223,2 mnkr, varav 47,4 mnkr fast del enligt mål 1.2.",
                alwaysRepair.repair("Verksamhetsomradets budget fér 2022 ar netto 223.2 mnkr, varav 47,4 mnkr fast del enligt mal 1.2."));
    }

    /** An unknown word with a symbol OCR prints for å, ä or ö is no word of its own where a known spelling explains it. */
    @Test
    void wordsWithSymbolsSwedishLacksAreRead() {
        assertEquals("Barnen i området ska upprätthålla kontakten.", alwaysRepair.repair("Barnen i omréddet ska uppritthélla kontakten."));
    }

    @Test
    void caseIsRestoredOnRepairedWords() {
        assertEquals("Förvaltningen ska öka stödet i Årsta.", alwaysRepair.repair("Férvaltningen ska Oka stédet i Arsta."));
        // A capital after no lower-case word is the writer's (a table cell, a heading); "|" carries no case of its own.
        assertEquals("Mål 3 Öka tryggheten i stadsdelen", alwaysRepair.repair("Mal 3 Oka tryggheten i stadsdelen"));
        assertEquals("Indikator Årsmål", alwaysRepair.repair("Indikator Arsmal"));
        assertEquals("Tryggheten i stadsdelen ska öka.", alwaysRepair.repair("Tryggheten | stadsdelen ska Oka."));
        // A list item opens like a sentence, whatever ended the line before it.
        assertEquals("Insatser som ska ge\n- Ökad trygghet i stadsdelen", alwaysRepair.repair("Insatser som ska ge\n- Okad trygghet i stadsdelen"));
        // A paragraph opens with a capital though the one before it ends without a period (a heading after a list).
        assertEquals("Stöd till barn och unga\n\nÖppen förskola", alwaysRepair.repair("Stod till barn och unga\n\nOppen forskola"));
        assertEquals("barn och unga\nöppen förskola", alwaysRepair.repair("barn och unga\nOppen forskola"));
        // Before another capitalised word it is part of a name of several words.
        assertEquals("Barnen i Östra Skogen ska få stöd.", alwaysRepair.repair("Barnen i Ostra Skogen ska fa stod."));
    }

    @Test
    void compoundsNoWordListHoldsAreRespelledByTheirParts() {
        // Neither compound is in the word counts or the dictionary's forms; "fritidsvagledning" also splits into known
        // words as read ("fritid|svag|ledning"), so the split is chosen by how often its parts occur.
        assertEquals("Vi erbjuder fritidsvägledning för unga.", alwaysRepair.repair("Vi erbjuder fritidsvagledning for unga."));
        assertEquals("Ny samhällsvägledningsmodell införs.", alwaysRepair.repair("Ny samhallsvagledningsmodell infors."));
        // The linking s may take the place of a final e: "samhälls" of "samhälle".
        assertEquals("Samhällsbudgeten är klar.", alwaysRepair.repair("Samhallsbudgeten ar klar."));
    }

    @Test
    void misreadingsThatSplitIntoWordsAreStillRepaired() {
        // "valfungerande" (val|fungerande) and "barnratt" (barn|ratt) pass Hunspell's compound rules as read, but a known
        // spelling is far likelier; a compound read right that no list holds ("kommunstyre") stays.
        assertEquals("Ett välfungerande samarbete kring barnrätt och arbetsmiljön.",
                alwaysRepair.repair("Ett valfungerande samarbete kring barnratt och arbetsmiljon."));
        assertEquals("Ett tydligt kommunstyre.", alwaysRepair.repair("Ett tydligt kommunstyre."));
    }

    @Test
    void wordsMadeOfKnownWordsDoNotCountAsGarbled() {
        // Of the four words "xqzvtw" alone is neither known nor made of known words ("fordelas": "for|delas").
        RepairReport report = alwaysRepair.repairText("Stödet fordelas till xqzvtw.").report();
        assertEquals(0.25, report.garbleBefore(), 1e-9, report.toString());
    }

    @Test
    void numbersAreContextForTheirNeighbours() {
        // "3 år" but "2022 är": counts and small numbers are one class in the pair statistics, years another.
        assertEquals("Barnen är 3 år gamla.", alwaysRepair.repair("Barnen ar 3 ar gamla."));
        assertEquals("Insatsen pågår i 2 år till.", alwaysRepair.repair("Insatsen pagar i 2 ar till."));
        assertEquals("Budgeten för 2022 är totalt 1 mnkr.", alwaysRepair.repair("Budgeten for 2022 ar totalt 1 mnkr."));
    }

    @Test
    void wordsOnlyADictionaryKnowsAreWeighedAgainstMisreadings() {
        // "alt" and "tor" are Swedish words, but rare ones: "att" and "för" with "l" and "t" misread are likelier here.
        assertEquals("Det är viktigt att arbetet fortsätter.", alwaysRepair.repair("Det ar viktigt alt arbetet fortsatter."));
        assertEquals("Insatser för barn och unga.", alwaysRepair.repair("Insatser tor barn och unga."));
    }
}
