package se.lup.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.io.TikaInputStream;

/** A scanned page saved as an image: one page, read by Tesseract. */
final class ImageExtractor implements Extractor {
    private final TesseractOcr ocr;
    private final String mediaType;

    ImageExtractor(TesseractOcr ocr, String mediaType) {
        this.ocr = ocr;
        this.mediaType = mediaType;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        ocr.requireAvailable(file);
        try (InputStream in = TikaInputStream.get(file)) {
            String text = ocr.read(in, mediaType, file);
            if (text.isBlank()) throw new ExtractionException(file, "no text found in the image by OCR");
            return new ExtractedDocument(file, mediaType, List.of(new Page(1, text, true)));
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot read image: " + e.getMessage(), e);
        }
    }
}
