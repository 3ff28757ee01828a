package se.lup.clean;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.extract.DocumentExtractor;
import se.lup.extract.Fixtures;

/** Generated documents through extraction and cleanup. */
class ExtractedLayoutTest {
    @TempDir Path dir;

    @Test
    void runningHeadersAndFootersOfPdfPagesAreDropped() throws Exception {
        String[] places = {"Hökarängen", "Fagersjö", "Farsta strand", "Sköndal"};
        String[] partners = {"polisen", "skolorna", "föreningarna", "bostadsbolagen"};
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            List<String> lines = new ArrayList<>(List.of("Lokalt utvecklingsprogram för Farsta 2017", "", "Avsnitt " + p,
                    "Stadsdelsnämnden arbetar för ökad trygghet i " + places[p - 1] + " genom samverkan",
                    "med " + partners[p - 1] + " och civilsamhället. Arbetet följs upp varje tertial och"));
            lines.add(p < 4 ? "fortsätter på nästa sida där stycket om " + places[p - 1] + " går vidare med" : "redovisas i verksamhetsberättelsen.");
            lines.add("");
            lines.add(p + " (4)");
            if (p > 1) lines.add(0, "uppföljningen av nattvandringarna i " + places[p - 2] + ".");
            pages.add(lines);
        }
        CleanDocument doc = new LayoutCleaner().clean(new DocumentExtractor().extract(Fixtures.textPdf(dir.resolve("lup.pdf"), pages)));
        assertFalse(doc.text().contains("Lokalt utvecklingsprogram för Farsta 2017"), doc.text());
        assertFalse(doc.text().contains("(4)"), doc.text());
        Block crossing = LayoutCleanerTest.blockContaining(doc, "om Hökarängen går vidare med uppföljningen av nattvandringarna i Hökarängen.");
        assertEquals(1, crossing.page());
        assertEquals(4, LayoutCleanerTest.blockContaining(doc, "Avsnitt 4").page());
        assertEquals(BlockType.HEADING, LayoutCleanerTest.blockContaining(doc, "Avsnitt 2").type());
        assertEquals(4, doc.pageCount());
    }

    @Test
    void wordProcessorParagraphsStaySeparate() throws Exception {
        Path docx = Fixtures.docx(dir.resolve("svar.docx"), "Långsiktig plan för ökad måluppfyllelse", List.of(
                "Nämnden bedömer att det krävs en plan för att öka måluppfyllelsen i skolorna.",
                "Förvaltningen återkommer i tertialrapporten.",
                "Arbetet leds av förvaltningsledningen i dialog med stadsledningskontoret."));
        CleanDocument doc = new LayoutCleaner().clean(new DocumentExtractor().extract(docx));
        assertEquals(List.of(BlockType.HEADING, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH),
                doc.blocks().stream().map(Block::type).toList(), doc.text());
    }
}
