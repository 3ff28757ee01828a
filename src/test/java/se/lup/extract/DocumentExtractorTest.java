package se.lup.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format and each bad input, on documents generated here. OCR cases are in {@link OcrExtractionTest}. */
class DocumentExtractorTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @TempDir Path dir;

    @Test
    void textPdfKeepsPagesAndSwedishLetters() throws Exception {
        Path pdf = Fixtures.textPdf(dir.resolve("plan.pdf"), List.of(
                List.of("1 Inledning", "Stadsdelsnämnden planerar åtgärder för ökad trygghet."),
                List.of("2 Genomförande", "Förvaltningen samverkar med föreningar i Skärholmen."),
                List.of("3 Uppföljning", "Åtgärderna följs upp i tertialrapporterna."),
                List.of()));
        ExtractedDocument doc = EXTRACTOR.extract(pdf);
        assertEquals("application/pdf", doc.mediaType());
        assertEquals(List.of(1, 2, 3, 4), doc.pages().stream().map(Page::number).toList());
        assertTrue(doc.pages().get(0).text().contains("Stadsdelsnämnden planerar åtgärder för ökad trygghet."));
        assertTrue(doc.pages().get(1).text().contains("Skärholmen"));
        assertTrue(doc.pages().get(2).text().contains("Åtgärderna följs upp"));
        assertEquals(0, doc.ocrPageCount(), "pages with a text layer are never OCR'd, nor a blank page without an image");
    }

    @Test
    void docxThroughTika() throws Exception {
        Path docx = Fixtures.docx(dir.resolve("svar.docx"), "Långsiktig plan för ökad måluppfyllelse",
                List.of("Nämnden bedömer att det krävs en plan för att öka måluppfyllelsen.", "Förvaltningen återkommer i tertialrapporten."));
        ExtractedDocument doc = EXTRACTOR.extract(docx);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.mediaType());
        String text = doc.pages().get(0).text();
        assertTrue(text.contains("Långsiktig plan för ökad måluppfyllelse"), text);
        assertTrue(text.contains("Förvaltningen återkommer i tertialrapporten."), text);
    }

    @Test
    void odtThroughTika() throws Exception {
        Path odt = Fixtures.odt(dir.resolve("plan.odt"), "Trygghet och trivsel", "Stadsdelsnämnden ska öka tryggheten i Hökarängen.");
        ExtractedDocument doc = EXTRACTOR.extract(odt);
        assertEquals("application/vnd.oasis.opendocument.text", doc.mediaType());
        String text = doc.pages().get(0).text();
        assertTrue(text.contains("Trygghet och trivsel") && text.contains("Stadsdelsnämnden ska öka tryggheten i Hökarängen."), text);
    }

    @Test
    void htmlAndRtfThroughTika() throws Exception {
        Path html = Files.writeString(dir.resolve("sida.html"),
                "<html><body><h1>Trygghet i Hässelby</h1><p>Åtgärder för ökad trygghet på torget.</p></body></html>");
        assertTrue(EXTRACTOR.extract(html).pages().get(0).text().contains("Åtgärder för ökad trygghet på torget."));
        Path rtf = Files.writeString(dir.resolve("brev.rtf"), "{\\rtf1\\ansi\\ansicpg1252 {\\pard \\'c5tg\\'e4rder f\\'f6r barn\\par}}");
        assertTrue(EXTRACTOR.extract(rtf).pages().get(0).text().contains("Åtgärder för barn"));
    }

    @Test
    void plainTextWithFormFeeds() throws Exception {
        Path txt = Files.writeString(dir.resolve("plan.txt"), "Sida ett om åtgärder\fSida två om förskolan");
        ExtractedDocument doc = EXTRACTOR.extract(txt);
        assertEquals("text/plain", doc.mediaType());
        assertEquals(2, doc.pages().size());
    }

    @Test
    void aFileWhoseExtensionLiesIsReadByItsContent() throws Exception {
        Path lying = Files.writeString(dir.resolve("rapport.pdf"), "Det här är vanlig text om stadsdelsnämndens åtgärder.\n");
        DetectedType type = EXTRACTOR.detect(lying);
        assertEquals("text/plain", type.content());
        assertEquals("application/pdf", type.byName());
        assertTrue(type.extensionLies());
        assertTrue(EXTRACTOR.extract(lying).pages().get(0).text().contains("stadsdelsnämndens åtgärder"));

        Path docxNamedTxt = Fixtures.docx(dir.resolve("anteckning.txt"), "Rubrik", List.of("Brödtext om förskolan."));
        assertTrue(EXTRACTOR.extract(docxNamedTxt).pages().get(0).text().contains("Brödtext om förskolan."));
    }

    @Test
    void emptyFile() throws Exception {
        assertFails(Files.write(dir.resolve("tom.pdf"), new byte[0]), "empty file");
    }

    @Test
    void corruptPdf() throws Exception {
        byte[] bytes = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + "x".repeat(200)).getBytes();
        assertFails(Files.write(dir.resolve("trasig.pdf"), bytes), "not a readable PDF");
    }

    @Test
    void truncatedPdf() throws Exception {
        Path whole = Fixtures.textPdf(dir.resolve("hel.pdf"), List.of(List.of("Stadsdelsnämnden planerar åtgärder.")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("avklippt.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        assertFails(cut, "PDF");
    }

    @Test
    void encryptedPdf() throws Exception {
        assertFails(Fixtures.encryptedPdf(dir.resolve("hemlig.pdf"), List.of("Hemliga åtgärder")), "encrypted PDF");
    }

    @Test
    void unsupportedType() throws Exception {
        byte[] zip = {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        ExtractionException e = assertFails(Files.write(dir.resolve("arkiv.pdf"), zip), "unsupported type");
        assertTrue(e.reason().contains("application/zip") && e.reason().contains("application/pdf"), e.reason());
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        Path big = Files.writeString(dir.resolve("stor.txt"), "åtgärder ".repeat(200));
        DocumentExtractor small = new DocumentExtractor(ExtractionConfig.defaults().withMaxFileBytes(1000));
        ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(big));
        assertTrue(e.reason().contains("over the size limit"), e.getMessage());
    }

    @Test
    void aParseOverTheTimeoutIsAbandoned() throws Exception {
        List<List<String>> pages = java.util.Collections.nCopies(300, List.of("Stadsdelsnämnden planerar åtgärder för ökad trygghet."));
        Path pdf = Fixtures.textPdf(dir.resolve("lang.pdf"), pages);
        DocumentExtractor impatient = new DocumentExtractor(ExtractionConfig.defaults().withTimeout(java.time.Duration.ofMillis(1)));
        ExtractionException e = assertThrows(ExtractionException.class, () -> impatient.extract(pdf));
        assertTrue(e.reason().contains("timeout"), e.getMessage());
        assertEquals(300, EXTRACTOR.extract(pdf).pages().size(), "with the default timeout it completes");
    }

    private ExtractionException assertFails(Path file, String reasonPart) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }
}
