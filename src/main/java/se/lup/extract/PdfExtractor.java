package se.lup.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF, page by page with PDFBox: a page whose text layer has enough letters is taken as it is and never OCR'd; a page
 * without one that paints an image (a scan, a picture of text) is rendered and read by Tesseract. Page numbers are the
 * PDF's own.
 */
final class PdfExtractor implements Extractor {
    static final String MEDIA_TYPE = "application/pdf";

    private static final int MAX_FORM_NESTING = 5;

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
            // The check for characters printed twice (fake bold) compares each glyph with every earlier glyph of the same
            // character on the page; it halves throughput, and word processors, where these plans come from, do not overprint.
            stripper.setSuppressDuplicateOverlappingText(false);
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<Page> pages = new ArrayList<>();
            for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String text = stripper.getText(pdf);
                PDPage page = pdf.getPage(number - 1);
                if (letters(text) >= config.minTextChars() || !drawsImage(page.getResources(), 0)) {
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

    /** Whether the page paints a raster image (a scan does; a blank or purely vector page has nothing to OCR). */
    private static boolean drawsImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_NESTING) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) return true;
            if (object instanceof PDFormXObject form && drawsImage(form.getResources(), depth + 1)) return true;
        }
        return false;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
