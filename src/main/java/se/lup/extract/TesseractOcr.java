package se.lup.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** OCR through Tika's Tesseract integration, in the configured language; knows whether Tesseract and its data are there. */
final class TesseractOcr {
    static final String PACKAGES = "Debian: apt-get install tesseract-ocr tesseract-ocr-swe";
    /** Tesseract's own default: automatic page segmentation without orientation detection. */
    private static final String PAGE_SEGMENTATION = "3";

    private final TesseractOCRParser parser = new TesseractOCRParser();
    private final ExtractionConfig config;
    private final String missing;

    TesseractOcr(ExtractionConfig config) {
        this.config = config;
        this.missing = findMissing();
    }

    /** Why OCR cannot run here, or null when it can. */
    private String findMissing() {
        try {
            parser.initialize(Map.of());
            if (!parser.hasTesseract()) {
                return "needs OCR but tesseract is not installed (" + PACKAGES + ")";
            }
        } catch (TikaConfigException e) {
            return "needs OCR but tesseract cannot be started: " + e.getMessage() + " (" + PACKAGES + ")";
        }
        Set<String> installed = installedLanguages();
        String absent = Arrays.stream(config.ocrLanguage().split("\\+"))
                .filter(lang -> !installed.contains(lang)).findFirst().orElse(null);
        return absent == null ? null
                : "needs OCR but tesseract has no '" + absent + "' language data (" + PACKAGES + ")";
    }

    /** What {@code tesseract --list-langs} reports (Tika's parser does not list them unless given a tessdata path). */
    private static Set<String> installedLanguages() {
        try {
            Process process = new ProcessBuilder(TesseractOCRParser.getTesseractProg(), "--list-langs")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
            return output.lines().skip(1).map(String::strip).filter(l -> l.matches("[A-Za-z_]+")).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    boolean available() {
        return missing == null;
    }

    void requireAvailable(Path file) throws MissingDependencyException {
        if (missing != null) throw new MissingDependencyException(file, missing);
    }

    String read(BufferedImage image, Path file) throws ExtractionException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot prepare page image for OCR: " + e.getMessage(), e);
        }
        try (InputStream in = TikaInputStream.get(png.toByteArray())) {
            return read(in, "image/png", file);
        } catch (IOException e) {
            throw new ExtractionException(file, "OCR failed: " + e.getMessage(), e);
        }
    }

    String read(InputStream image, String mediaType, Path file) throws ExtractionException {
        requireAvailable(file);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(config.ocrLanguage());
        ocr.setPageSegMode(PAGE_SEGMENTATION);
        ocr.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, config.timeout().toSeconds()));
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, ocr);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        BodyContentHandler text = new BodyContentHandler(-1);
        try {
            parser.parse(image, text, metadata, context);
            return text.toString();
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException(file, "OCR failed: " + e.getMessage(), e);
        }
    }
}
