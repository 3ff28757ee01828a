package se.lup.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.Manifest;
import se.lup.corpus.MetadataDetector;
import se.lup.index.IndexedDocument;
import se.lup.index.RecordIndex;
import se.lup.pipeline.ContentHash;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.ProcessedDocument;
import se.lup.pipeline.ReadDocument;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;

/**
 * Finds the versions of a plan to compare: a file is run through the pipeline (described by its folder's manifest,
 * else from its text), anything else is a document id looked up in the index, and a lineage name yields all its
 * indexed versions, oldest first. The index is only opened when needed, so two files can be compared without one.
 */
public final class PlanVersions implements AutoCloseable {
    public record Version(DocumentRef document, List<LupRecord> records) {}

    private final Path indexDir;
    private final DocumentPipeline pipeline;
    private final Supplier<MetadataDetector> detector;
    private RecordIndex index;

    public PlanVersions(Path indexDir, DocumentPipeline pipeline, Supplier<MetadataDetector> detector) {
        this.indexDir = indexDir;
        this.pipeline = pipeline;
        this.detector = detector;
    }

    /** A file's records, freshly processed, or an indexed document's. */
    public Version load(String fileOrId) throws IOException, DocumentFailure {
        Path file = Path.of(fileOrId);
        if (Files.isRegularFile(file)) {
            ReadDocument read = pipeline.read(file);
            DocumentInfo info = Manifest.load(file.toAbsolutePath().getParent()).lookup(file)
                    .orElseGet(() -> detector.get().detect(file, read.extracted(), read.clean()));
            ProcessedDocument doc = pipeline.finish(read, info, ContentHash.of(file));
            return new Version(doc.document(), doc.records());
        }
        IndexedDocument indexed = index().documents().get(fileOrId);
        if (indexed == null) {
            throw new IOException(fileOrId + ": neither a file nor a document id in the index " + indexDir);
        }
        return indexed(indexed);
    }

    /** Every indexed version of the lineage, oldest first. */
    public List<Version> lineage(String lineage) throws IOException {
        List<IndexedDocument> members = index().documents().values().stream()
                .filter(d -> d.lineage().equals(lineage))
                .sorted(Comparator.comparingInt(IndexedDocument::version).thenComparing(IndexedDocument::id))
                .toList();
        if (members.isEmpty()) {
            throw new IOException(lineage + ": no lineage of that name in the index " + indexDir);
        }
        List<Version> versions = new ArrayList<>();
        for (IndexedDocument d : members) {
            versions.add(indexed(d));
        }
        return versions;
    }

    private Version indexed(IndexedDocument d) throws IOException {
        List<LupRecord> records = index().records(d.id());
        DocumentRef ref = records.isEmpty()
                ? new DocumentRef(d.id(), null, null, null, null, null, d.version(), d.lineage())
                : records.get(0).document();
        return new Version(ref, records);
    }

    private RecordIndex index() throws IOException {
        if (index == null) {
            if (!Files.isDirectory(indexDir)) {
                throw new IOException(indexDir + ": no index here (run lup ingest first, or name files)");
            }
            index = RecordIndex.open(indexDir);
        }
        return index;
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }
}
