package se.lup.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanned input read with Tesseract's Swedish model; skipped, with the reason printed, where it is not installed. */
class OcrExtractionTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @TempDir Path dir;

    @BeforeAll
    static void needsTesseractWithSwedish() {
        if (!EXTRACTOR.ocrAvailable()) {
            System.out.println("SKIPPED OcrExtractionTest: tesseract with Swedish data not installed (" + TesseractOcr.PACKAGES + ")");
        }
        Assumptions.assumeTrue(EXTRACTOR.ocrAvailable(), "tesseract with 'swe' data is not installed");
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Test
    void imageOnlyPdfIsReadWithSwedishLetters() throws Exception {
        ExtractedDocument doc = EXTRACTOR.extract(Fixtures.imagePdf(dir.resolve("skannad.pdf"), Fixtures.SWEDISH_LINES));
        assertEquals(1, doc.ocrPageCount());
        String text = words(doc.pages().get(0).text());
        for (String word : List.of("stadsdelsnämnden", "åtgärder", "ökad", "förskolan", "socialtjänsten", "föreningar")) {
            assertTrue(text.contains(word), word + " in: " + text);
        }
    }

    @Test
    void mixedPdfOcrsOnlyThePageWithoutTextLayer() throws Exception {
        Path pdf = Fixtures.mixedPdf(dir.resolve("blandad.pdf"),
                List.of("Textsidan om äldreomsorg och hemtjänst i Farsta stadsdelsområde."), Fixtures.SWEDISH_LINES);
        ExtractedDocument doc = EXTRACTOR.extract(pdf);
        assertEquals(2, doc.pages().size());
        assertFalse(doc.pages().get(0).ocr());
        assertTrue(doc.pages().get(0).text().contains("Textsidan om äldreomsorg och hemtjänst i Farsta stadsdelsområde."));
        assertTrue(doc.pages().get(1).ocr());
        assertTrue(words(doc.pages().get(1).text()).contains("åtgärder"), doc.pages().get(1).text());
    }

    @Test
    void scannedImageFile() throws Exception {
        Path png = dir.resolve("sida.png");
        ImageIO.write(Fixtures.render(Fixtures.SWEDISH_LINES), "png", png.toFile());
        ExtractedDocument doc = EXTRACTOR.extract(png);
        assertEquals("image/png", doc.mediaType());
        assertTrue(words(doc.pages().get(0).text()).contains("stadsdelsnämnden planerar åtgärder"), doc.pages().get(0).text());
    }

    @Test
    void missingLanguageDataIsNamedWithThePackages() throws Exception {
        DocumentExtractor klingon = new DocumentExtractor(ExtractionConfig.defaults().withOcrLanguage("tlh"));
        Path pdf = Fixtures.imagePdf(dir.resolve("skannad.pdf"), Fixtures.SWEDISH_LINES);
        MissingDependencyException e = assertThrows(MissingDependencyException.class, () -> klingon.extract(pdf));
        assertTrue(e.getMessage().startsWith(pdf + ": "), e.getMessage());
        assertTrue(e.reason().contains("'tlh'") && e.reason().contains("tesseract-ocr tesseract-ocr-swe"), e.getMessage());
    }
}
