package se.lup.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lup.clean.Block;
import se.lup.clean.CleanDocument;
import se.lup.clean.Cleaner;
import se.lup.clean.LayoutCleaner;
import se.lup.config.Json;
import se.lup.corpus.DocumentSource;
import se.lup.extract.DetectedType;
import se.lup.extract.DocumentExtractor;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.ExtractionConfig;
import se.lup.extract.ExtractionException;
import se.lup.extract.MissingDependencyException;

@Command(name = "extract", mixinStandardHelpOptions = true, description = {"Print the cleaned text of a document, or of every document in a folder.",
        "Formats: " + "PDF (text layer; scanned pages OCR'd with Tesseract), DOCX, DOC, ODT, RTF, HTML, text, images.",
        "A file that cannot be read is reported on one line and skipped; the exit code is then 1 (3 when only OCR was missing)."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", description = "Document, or folder of documents (manifest.json is skipped).")
    Path input;

    @Option(names = "--json", description = "Print pages and typed blocks with character offsets as JSON.")
    boolean json;

    @Option(names = "--max-size-mb", paramLabel = "MB", defaultValue = "100", description = "Refuse larger files (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Give up on one document after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--ocr-language", paramLabel = "LANG", defaultValue = "swe", description = "Tesseract language(s) for scans, e.g. swe or swe+eng (default: ${DEFAULT-VALUE}).")
    String ocrLanguage;

    @Spec
    CommandSpec spec;

    /** One document in the JSON output. */
    record ExtractedJson(String file, String mediaType, int pageCount, int ocrPageCount, List<PageSpan> pages,
                         String text, List<Block> blocks) {}

    /** Where a page's blocks lie in the cleaned text. */
    record PageSpan(int number, boolean ocr, int start, int end) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            err.println("lup: " + input + ": no such file or folder");
            return ExitCodes.USAGE;
        }
        ExtractionConfig config;
        try {
            config = ExtractionConfig.defaults()
                    .withMaxFileBytes(maxSizeMb * 1024 * 1024)
                    .withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withOcrLanguage(ocrLanguage);
        } catch (IllegalArgumentException e) {
            err.println("lup: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        DocumentExtractor extractor = new DocumentExtractor(config);
        Cleaner cleaner = new LayoutCleaner();
        int failures = 0;
        int missingDependencies = 0;
        List<ExtractedJson> docs = new ArrayList<>();
        for (Path file : DocumentSource.files(input)) {
            try {
                ExtractedDocument extracted = extractor.extract(file);
                noteLyingExtension(extractor.detect(file), file, err);
                CleanDocument clean = cleaner.clean(extracted);
                if (json) {
                    docs.add(toJson(extracted, clean));
                } else {
                    if (Files.isDirectory(input)) out.println("==> " + file + " <==");
                    out.println(clean.text());
                    out.println();
                }
            } catch (MissingDependencyException e) {
                err.println("lup: " + e.getMessage());
                missingDependencies++;
            } catch (ExtractionException e) {
                err.println("lup: " + e.getMessage());
                failures++;
            }
            out.flush();
        }
        if (json) {
            Object value = Files.isDirectory(input) ? docs : docs.isEmpty() ? null : docs.get(0);
            if (value != null) out.println(Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        }
        if (failures > 0) return ExitCodes.PARTIAL_FAILURE;
        return missingDependencies > 0 ? ExitCodes.MISSING_DEPENDENCY : ExitCodes.OK;
    }

    private static void noteLyingExtension(DetectedType type, Path file, PrintWriter err) {
        if (type.extensionLies()) {
            err.println("lup: " + file + ": named like " + type.byName() + " but the content is " + type.content() + "; read by its content");
        }
    }

    private static ExtractedJson toJson(ExtractedDocument extracted, CleanDocument clean) {
        List<PageSpan> pages = new ArrayList<>();
        for (Block b : clean.blocks()) {
            PageSpan last = pages.isEmpty() ? null : pages.get(pages.size() - 1);
            if (last != null && last.number() == b.page()) {
                pages.set(pages.size() - 1, new PageSpan(last.number(), last.ocr(), last.start(), b.end()));
            } else {
                pages.add(new PageSpan(b.page(), ocr(extracted, b.page()), b.start(), b.end()));
            }
        }
        return new ExtractedJson(extracted.source().toString(), extracted.mediaType(), clean.pageCount(),
                clean.ocrPageCount(), pages, clean.text(), clean.blocks());
    }

    private static boolean ocr(ExtractedDocument doc, int page) {
        return doc.pages().size() == 1 ? doc.pages().get(0).ocr()
                : doc.pages().stream().anyMatch(p -> p.number() == page && p.ocr());
    }
}
