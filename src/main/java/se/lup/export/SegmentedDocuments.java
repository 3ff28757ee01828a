package se.lup.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lup.corpus.DocumentSource;
import se.lup.corpus.DocumentInfo;
import se.lup.pipeline.ContentHash;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.ProcessedDocument;
import se.lup.pipeline.ReadDocument;
import se.lup.record.LupRecord;
import se.lup.segment.ThemeCategorizer;

/**
 * Records straight from documents: each is run through the {@link DocumentPipeline}, then the themes and measures
 * that match no taxonomy alias get categories from a {@link ThemeCategorizer} trained on the labelled records of these
 * documents and of the bundled corpus (so that a single new document has enough to learn from).
 */
public final class SegmentedDocuments implements RecordSource {
    private final List<Path> paths;
    private final Path trainingCorpus;
    private final DocumentSource source;
    private final DocumentPipeline pipeline;

    public SegmentedDocuments(List<Path> paths, Path trainingCorpus, DocumentSource source, DocumentPipeline pipeline) {
        this.paths = List.copyOf(paths);
        this.trainingCorpus = trainingCorpus;
        this.source = source;
        this.pipeline = pipeline;
    }

    @Override
    public Loaded load() {
        List<String> warnings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<Path, List<LupRecord>> byFile = new LinkedHashMap<>();
        for (Path path : paths) {
            process(path, byFile, warnings, failures);
        }
        List<LupRecord> records = byFile.values().stream().flatMap(List::stream).toList();
        Map<Path, List<LupRecord>> training = new LinkedHashMap<>(byFile);
        process(trainingCorpus, training, new ArrayList<>(), new ArrayList<>());
        try {
            records = ThemeCategorizer.train(training.values().stream().flatMap(List::stream).toList()).fill(records);
        } catch (IllegalArgumentException e) {
            warnings.add("themes without a taxonomy alias stay uncategorised: " + e.getMessage());
        }
        return new Loaded(records, warnings, failures);
    }

    /**
     * Adds the records of every document under the path not processed yet; one line per failed document. Each file is
     * extracted once: its description (manifest, else detected from the text) reuses the pipeline's reading.
     */
    private void process(Path path, Map<Path, List<LupRecord>> byFile, List<String> warnings, List<String> failures) {
        List<Path> files;
        try {
            files = DocumentSource.files(path);
        } catch (IOException e) {
            failures.add(path + ": " + e.getMessage());
            return;
        }
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            if (byFile.containsKey(key)) {
                continue;
            }
            try {
                ReadDocument read = pipeline.read(file);
                DocumentInfo info = source.describe(file, read.extracted(), read.clean());
                ProcessedDocument processed = pipeline.finish(read, info, ContentHash.of(file));
                byFile.put(key, processed.records());
                processed.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
            } catch (DocumentFailure e) {
                failures.add(e.getMessage());
            } catch (IOException e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
    }
}
