package se.lup.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF, page by page with PDFBox: a page whose text layer has enough letters is taken as it is and never OCR'd; any
 * other page (scanned, or a picture of text) is rendered and read by Tesseract. Page numbers are the PDF's own.
 */
final class PdfExtractor implements Extractor {
    static final String MEDIA_TYPE = "application/pdf";

    private final ExtractionConfig config;
    private final TesseractOcr ocr;

    PdfExtractor(ExtractionConfig config, TesseractOcr ocr) {
        this.config = config;
        this.ocr = ocr;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.getNumberOfPages() == 0) throw new ExtractionException(file, "PDF has no pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<Page> pages = new ArrayList<>();
            for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = stripper.getText(pdf);
                if (letters(text) >= config.minTextChars()) {
                    pages.add(new Page(number, text, false));
                } else {
                    ocr.requireAvailable(file);
                    BufferedImage image = renderer.renderImageWithDPI(number - 1, config.ocrDpi(), ImageType.GRAY);
                    pages.add(new Page(number, ocr.read(image, file), true));
                }
                if (Thread.currentThread().isInterrupted()) throw new ExtractionException(file, "extraction interrupted");
            }
            if (pages.stream().allMatch(p -> p.text().isBlank())) {
                throw new ExtractionException(file, "no text found in " + pages.size() + " page(s), not even by OCR");
            }
            return new ExtractedDocument(file, MEDIA_TYPE, pages);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(file, "encrypted PDF: it needs a password to open", e);
        } catch (IOException e) {
            throw new ExtractionException(file, "not a readable PDF (corrupt or truncated): " + e.getMessage(), e);
        }
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
