package se.lup.clean;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.extract.ExtractionException;
import se.lup.extract.PlainTextExtractor;

/** The cleanup stage on the bundled corpus: furniture gone, headings, lists and table rows where the documents have them. */
class CorpusLayoutTest {
    private static final LayoutCleaner CLEANER = new LayoutCleaner();

    static CleanDocument corpus(String file) throws ExtractionException {
        return CLEANER.clean(new PlainTextExtractor().extract(Path.of("corpus", file)));
    }

    static List<String> texts(CleanDocument doc, BlockType type) {
        return doc.blocks().stream().filter(b -> b.type() == type).map(Block::text).toList();
    }

    @Test
    void cityWidePlanLosesItsPageFooterAndKeepsDistrictAndThemeHeadings() throws Exception {
        CleanDocument doc = corpus("socialforvaltningen-lup-plan-2017.txt");
        assertFalse(doc.text().contains("Sida 34"));
        assertFalse(doc.text().contains("Lokala utvecklingsplaner 2017"));
        List<String> headings = texts(doc, BlockType.HEADING);
        assertTrue(headings.containsAll(List.of("3.1 Rinkeby-Kista", "Barn och ungas livsförutsättningar", "Vuxnas livsförutsättningar",
                "Socialt kapital", "3 Stadsdelarnas geografiska och tematiska prioriteringar", "5.9 Enskede-Årsta-Vantör")), headings.toString());
        assertEquals(34, LayoutCleanerTest.blockContaining(doc, "5.9 Enskede-Årsta-Vantör").page());
        assertEquals(37, doc.pageCount());
        assertTrue(texts(doc, BlockType.LIST_ITEM).containsAll(List.of("Hässelby Vällingby", "Enskede-Årsta-Vantör", "Skarpnäck")));
        assertTrue(doc.text().contains("Kommunfullmäktige i Stockholms stad fattade i oktober 2015 beslut om Stockholms stads vision"));
    }

    @Test
    void ocrLupLosesItsRunningFooterMidTextAndJoinsTheSentenceAcrossIt() throws Exception {
        CleanDocument doc = corpus("rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt");
        assertFalse(doc.text().contains("7 (16)"));
        assertFalse(doc.text().contains("stadsdelsnamndsomrade"));
        Block joined = LayoutCleanerTest.blockContaining(doc, "Det som inte fungerar ska forindras");
        assertEquals(7, joined.page() + 1, "the sentence starts on the page before the one labelled 7");
        List<String> headings = texts(doc, BlockType.HEADING);
        assertTrue(headings.containsAll(List.of("2.Nulagesanalys", "3.Geografiskaltematiska prioriteringar", "4.Malsattningar",
                "Etablering av lokal digital plattform")), headings.toString());
        assertTrue(texts(doc, BlockType.LIST_ITEM).contains("Fler verktyg och kanaler i invanardialogerna"));
        assertTrue(doc.text().contains("som hiir presenteras for Rinkeby-Kista stadsdelsnimndsomréade"), "capitalised hyphen kept");
    }

    @Test
    void answerWithUnnumberedHeadings() throws Exception {
        List<String> headings = texts(corpus("rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt"), BlockType.HEADING);
        assertTrue(headings.containsAll(List.of("Långsiktig plan för ökad måluppfyllelse", "Behov av kortsiktiga insatser",
                "Ökad vuxennärvaro i utemiljöerna", "Stadens sociala investeringsfond")), headings.toString());
        assertFalse(headings.contains("Fler familjehemsplacerade barn får stöd att klara skolan."));
    }

    @Test
    void verksamhetsplanTablesHaveNoRowLeftSplitByAPageBreak() throws Exception {
        CleanDocument doc = corpus("spanga-tensta-verksamhetsplan-2022.txt");
        List<Block> rows = doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE_ROW).toList();
        for (Block row : rows) {
            assertFalse(row.cells().size() > 1 && row.cells().subList(1, row.cells().size()).stream().allMatch(String::isEmpty),
                    "continuation row left alone: " + row.text());
        }
        assertTrue(rows.stream().anyMatch(r -> r.cells().get(0).contains("genomförda åtgärder för att säkerställa att personer som är utsatta")));
        assertTrue(rows.stream().anyMatch(r -> r.cells().get(0).contains("Micasa Fastigheter i Stockholm AB, SISAB samt Stockholm Vatten")));
        assertTrue(texts(doc, BlockType.TOC).size() >= 20);
        assertTrue(texts(doc, BlockType.HEADING).contains("Nämndmål: Invånare är etablerade i samhället"));
    }

    @Test
    void offsetsAndPagesAreConsistentInEveryCorpusDocument() throws Exception {
        for (String file : List.of("socialforvaltningen-lup-plan-2017.txt", "socialforvaltningen-lup-plan-2017-senare-ocr.txt",
                "rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt", "rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt",
                "spanga-tensta-verksamhetsplan-2022.txt")) {
            CleanDocument doc = corpus(file);
            int page = 0;
            int end = -1;
            for (Block b : doc.blocks()) {
                assertEquals(b.text(), doc.text().substring(b.start(), b.end()), file);
                assertFalse(b.text().isBlank(), file);
                assertTrue(b.start() > end, file);
                assertTrue(b.page() >= page && b.page() <= doc.pageCount(), file + ": pages in order");
                page = b.page();
                end = b.end();
            }
        }
    }
}
