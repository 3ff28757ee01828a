package se.lup.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Extracts any supported file: checks size and emptiness, detects the real type from the content with Tika's
 * detector (a wrong extension does not matter; unsupported content is refused with the type named), and runs the
 * extractor for that type under the per-document timeout. Thread-safe; one instance can serve parallel workers.
 */
public final class DocumentExtractor implements Extractor {
    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();
    private static final Set<String> OFFICE = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml");
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp");
    static final String SUPPORTED = "PDF, DOCX, DOC, ODT, RTF, HTML, plain text, PNG/JPEG/TIFF/BMP images";

    /** Parses run here so a stuck one can be abandoned; daemon threads never keep the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "lup-extract");
        t.setDaemon(true);
        return t;
    });

    private final ExtractionConfig config;
    private final TesseractOcr ocr;

    public DocumentExtractor() {
        this(ExtractionConfig.defaults());
    }

    public DocumentExtractor(ExtractionConfig config) {
        this.config = config;
        this.ocr = new TesseractOcr(config);
    }

    public ExtractionConfig config() {
        return config;
    }

    /** Whether Tesseract with the configured language is installed (scanned input needs it). */
    public boolean ocrAvailable() {
        return ocr.available();
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        checkSize(file);
        Extractor extractor = extractorFor(file, detect(file));
        Future<ExtractedDocument> parse = WORKERS.submit(() -> extractor.extract(file));
        try {
            return parse.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException(file, "gave up after " + config.timeout().toSeconds() + " s (the per-document timeout)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) throw failure;
            throw new ExtractionException(file, "extraction failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, "extraction interrupted");
        }
    }

    /** The file's type from its content, and the type its name suggests. */
    public DetectedType detect(Path file) throws ExtractionException {
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return new DetectedType(base(DETECTOR.detect(in, new Metadata())), base(DETECTOR.detect(null, named)));
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot read file: " + e.getMessage(), e);
        }
    }

    private void checkSize(Path file) throws ExtractionException {
        if (!Files.isRegularFile(file)) throw new ExtractionException(file, "not a file");
        if (!Files.isReadable(file)) throw new ExtractionException(file, "cannot read file (permission denied)");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot read file: " + e.getMessage(), e);
        }
        if (size == 0) throw new ExtractionException(file, "empty file (0 bytes)");
        if (size > config.maxFileBytes()) {
            throw new ExtractionException(file, String.format(Locale.ROOT, "file is %.1f MB, over the size limit of %.1f MB",
                    size / 1048576.0, config.maxFileBytes() / 1048576.0));
        }
    }

    private Extractor extractorFor(Path file, DetectedType type) throws ExtractionException {
        String content = type.content();
        if (content.equals(PdfExtractor.MEDIA_TYPE)) return new PdfExtractor(config, ocr);
        if (OFFICE.contains(content)) return new TikaExtractor(content);
        if (IMAGES.contains(content)) return new ImageExtractor(ocr, content);
        if (REGISTRY.isInstanceOf(content, MediaType.TEXT_PLAIN)) return new PlainTextExtractor();
        String named = type.extensionLies() ? " (its name suggests " + type.byName() + ")" : "";
        throw new ExtractionException(file, "unsupported type: the content is " + content + named + "; supported: " + SUPPORTED);
    }

    private static String base(MediaType type) {
        return type.getBaseType().toString();
    }
}
