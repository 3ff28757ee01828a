package se.lup.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.lup.clean.CleanDocument;
import se.lup.clean.Cleaner;
import se.lup.clean.LayoutCleaner;
import se.lup.extract.DocumentExtractor;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.ExtractionException;
import se.lup.extract.Extractor;

/**
 * The documents of a folder (or one file) with their {@link DocumentInfo}: the folder's manifest entry when it has
 * one, otherwise detected from the document's text. A folder needs no manifest. Safe to share between threads.
 */
public final class DocumentSource {
    private final Extractor extractor;
    private final Cleaner cleaner;
    private final MetadataDetector detector;
    private final Map<Path, Manifest> manifests = new ConcurrentHashMap<>();

    public DocumentSource(Extractor extractor, Cleaner cleaner, MetadataDetector detector) {
        this.extractor = extractor;
        this.cleaner = cleaner;
        this.detector = detector;
    }

    public static DocumentSource defaults() {
        return new DocumentSource(new DocumentExtractor(), new LayoutCleaner(), MetadataDetector.load());
    }

    /**
     * The file itself, or the regular files under a folder (walked, in path order) without hidden files and manifests.
     * A path that does not exist is an error, so that a mistyped folder is never taken for an empty one.
     */
    public static List<Path> files(Path fileOrFolder) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            throw new NoSuchFileException(fileOrFolder.toString(), null, "no such file or folder");
        }
        if (!Files.isDirectory(fileOrFolder)) return List.of(fileOrFolder);
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().equals(Manifest.FILE_NAME))
                    .sorted()
                    .toList();
        }
    }

    /** Every document with its description; extracting a file only when its folder's manifest does not describe it. */
    public List<SourceDocument> list(Path fileOrFolder) throws IOException, ExtractionException {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files(fileOrFolder)) {
            Optional<DocumentInfo> listed = manifestEntry(file);
            documents.add(new SourceDocument(file, listed.isPresent() ? listed.get() : detect(file)));
        }
        return documents;
    }

    /** The description of a document whose text the caller already has: manifest first, else detected. */
    public DocumentInfo describe(Path file, ExtractedDocument extracted, CleanDocument clean) throws IOException {
        return manifestEntry(file).orElseGet(() -> detector.detect(file, extracted, clean));
    }

    private DocumentInfo detect(Path file) throws ExtractionException {
        ExtractedDocument extracted = extractor.extract(file);
        return detector.detect(file, extracted, cleaner.clean(extracted));
    }

    private Optional<DocumentInfo> manifestEntry(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Manifest manifest = manifests.get(folder);
        if (manifest == null) {
            manifest = Manifest.load(folder);
            manifests.put(folder, manifest);
        }
        return manifest.lookup(file);
    }
}
