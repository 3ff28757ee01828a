package se.lup.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Word (DOCX, DOC), ODT, RTF and HTML through Tika's parsers. These formats have no fixed pages, so the document is
 * one page; Tika writes one paragraph per line, which the cleanup stage keeps as blocks. Pictures inside are not OCR'd.
 */
final class TikaExtractor implements Extractor {
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private final String mediaType;

    TikaExtractor(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, noOcr);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            PARSER.parse(in, text, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(file, "encrypted document: it needs a password to open", e);
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException(file, "cannot parse as " + mediaType + " (damaged file?): " + e.getMessage(), e);
        }
        if (text.toString().isBlank()) throw new ExtractionException(file, "empty document (no text)");
        return new ExtractedDocument(file, mediaType, List.of(new Page(1, text.toString(), false)));
    }
}
