package se.lup.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import se.lup.config.Json;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;

/**
 * The write side of the record index: whole source documents are replaced, each in one atomic commit, so a crash
 * leaves the index at its last commit and never holds half a document. The commit's user data records every
 * document's {@link IndexedDocument} (content hash, lineage, version) next to the records it describes.
 *
 * <p>Only one {@code RecordIndex} may be open on a directory at a time (Lucene's write lock); a second gets an
 * {@link IndexBusyException}. Readers ({@code se.lup.search.RecordSearcher}, other processes) may search throughout:
 * they see the last commit. Calls are serialised; run extraction and segmentation in parallel and hand each finished
 * document to {@link #replaceDocument}.
 */
public final class RecordIndex implements Closeable {
    private static final String DOCUMENTS_KEY = "lup.documents";
    private static final TypeReference<Map<String, IndexedDocument>> DOCUMENTS_TYPE = new TypeReference<>() {};

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;
    private IndexWriter writer;
    /** The documents as of the last commit. */
    private Map<String, IndexedDocument> documents;

    private RecordIndex(Path dir, Directory directory, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
        this.documents = readDocuments(userData.get(DOCUMENTS_KEY));
        this.searchers = new SearcherManager(directory, null);
        if (!documents.isEmpty() && !String.valueOf(IndexSchema.VERSION).equals(userData.get(IndexSchema.VERSION_KEY))) {
            reindexStoredRecords();
        }
    }

    /** Opens the index in {@code dir}, creating it (and the folder) when absent. */
    public static RecordIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriter writer = newWriter(directory, dir);
            if (!hasCommit(directory)) {
                writer.commit(); // an empty first commit, so readers can open the index at once
            }
            return new RecordIndex(dir, directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * As {@link #replaceDocument(IndexedDocument, List)}, with lineage and version taken from the records'
     * {@link se.lup.record.DocumentRef} (no lineage: the document is a lineage of its own; no version: 1).
     */
    public boolean replaceDocument(String documentId, String contentHash, List<LupRecord> records) throws IOException {
        DocumentRef ref = records.stream().map(LupRecord::document).filter(Objects::nonNull).findFirst().orElse(null);
        String lineage = ref == null ? null : ref.lineage();
        int version = ref == null || ref.version() == null ? 1 : ref.version();
        return replaceDocument(new IndexedDocument(documentId, contentHash, lineage, version), records);
    }

    /**
     * Replaces all records of {@code document.id()} with {@code records} and commits, in one step: readers see
     * either the old records or the new ones. The {@code latest} flag of the document's lineage is brought up to
     * date in the same commit. Nothing is written when the index already holds this document with the same hash,
     * lineage and version.
     *
     * @return false when the document was already indexed unchanged
     */
    public synchronized boolean replaceDocument(IndexedDocument document, List<LupRecord> records) throws IOException {
        if (document.equals(documents.get(document.id()))) {
            return false;
        }
        Map<String, IndexedDocument> next = new LinkedHashMap<>(documents);
        IndexedDocument previous = next.put(document.id(), document);
        boolean latest = isLatest(next, document);
        // Build every Lucene document before touching the writer: a bad record fails here, with nothing written.
        List<Document> docs = records.stream()
                .map(r -> RecordDocuments.toDocument(r, document.id(), document.lineage(), latest)).toList();
        write(next, () -> {
            writer.updateDocuments(new Term(IndexSchema.DOCUMENT_ID, document.id()), docs);
            refreshLatest(next, lineages(document, previous), document.id());
        });
        return true;
    }

    /** Removes a document's records (e.g. its file is gone), in one commit. Returns false if it was not indexed. */
    public synchronized boolean deleteDocument(String documentId) throws IOException {
        IndexedDocument previous = documents.get(documentId);
        if (previous == null) {
            return false;
        }
        Map<String, IndexedDocument> next = new LinkedHashMap<>(documents);
        next.remove(documentId);
        write(next, () -> {
            writer.deleteDocuments(new Term(IndexSchema.DOCUMENT_ID, documentId));
            refreshLatest(next, Set.of(previous.lineage()), null);
        });
        return true;
    }

    /** Every indexed document, as of the last commit. */
    public synchronized Map<String, IndexedDocument> documents() {
        return Map.copyOf(documents);
    }

    /** Content hash by document id, for skipping unchanged documents. */
    public synchronized Map<String, String> documentHashes() {
        return documents.values().stream()
                .collect(Collectors.toUnmodifiableMap(IndexedDocument::id, IndexedDocument::contentHash));
    }

    /** Whether the document is the latest version of its lineage. */
    public synchronized boolean isLatest(String documentId) {
        IndexedDocument document = documents.get(documentId);
        return document != null && isLatest(documents, document);
    }

    /** The records of one document, in their original order. */
    public List<LupRecord> records(String documentId) throws IOException {
        return committedRecords(new TermQuery(new Term(IndexSchema.DOCUMENT_ID, documentId)));
    }

    /** Every record in the index, all versions. */
    public List<LupRecord> allRecords() throws IOException {
        return committedRecords(new MatchAllDocsQuery());
    }

    @Override
    public synchronized void close() throws IOException {
        try (Directory d = directory; SearcherManager s = searchers) {
            writer.close();
        }
    }

    /**
     * An index written under another {@link IndexSchema#VERSION} is rebuilt from its stored records (Lucene does not
     * let a field change its type in place), in one commit: until then readers see the old index, and afterwards every
     * record and content hash is kept, so nothing needs to be ingested again.
     */
    private void reindexStoredRecords() throws IOException {
        Map<String, List<LupRecord>> byDocument = new LinkedHashMap<>();
        for (String id : documents.keySet()) {
            byDocument.put(id, records(id));
        }
        write(documents, () -> {
            writer.deleteAll(); // also forgets the old field types
            for (IndexedDocument d : documents.values()) {
                boolean latest = isLatest(documents, d);
                writer.addDocuments(byDocument.get(d.id()).stream()
                        .map(r -> RecordDocuments.toDocument(r, d.id(), d.lineage(), latest)).toList());
            }
        });
    }

    private interface WriterSteps {
        void run() throws IOException;
    }

    /** Runs the steps and commits {@code next} with them; on any failure, rolls back to the last commit. */
    private void write(Map<String, IndexedDocument> next, WriterSteps steps) throws IOException {
        try {
            steps.run();
            writer.setLiveCommitData(Map.of(
                    IndexSchema.VERSION_KEY, String.valueOf(IndexSchema.VERSION),
                    DOCUMENTS_KEY, Json.MAPPER.writeValueAsString(next)).entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            writer = newWriter(directory, dir);
            throw e;
        }
        documents = next;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Re-adds, from their stored JSON, the records of every other document of the lineages whose latest flag differs
     * between the last commit and {@code next} (a version was added or removed): a keyword flag is much cheaper to
     * filter on than an updatable doc value, and versions change rarely.
     */
    private void refreshLatest(Map<String, IndexedDocument> next, Collection<String> lineages, String skipId)
            throws IOException {
        for (IndexedDocument d : next.values()) {
            boolean latest = isLatest(next, d);
            if (lineages.contains(d.lineage()) && !d.id().equals(skipId) && latest != isLatest(documents, d)) {
                List<Document> docs = records(d.id()).stream()
                        .map(r -> RecordDocuments.toDocument(r, d.id(), d.lineage(), latest)).toList();
                writer.updateDocuments(new Term(IndexSchema.DOCUMENT_ID, d.id()), docs);
            }
        }
    }

    private static Set<String> lineages(IndexedDocument document, IndexedDocument previous) {
        Set<String> lineages = new HashSet<>();
        lineages.add(document.lineage());
        if (previous != null) {
            lineages.add(previous.lineage()); // the document may have moved out of a lineage
        }
        return lineages;
    }

    private static boolean isLatest(Map<String, IndexedDocument> docs, IndexedDocument document) {
        return docs.values().stream()
                .noneMatch(other -> other.lineage().equals(document.lineage()) && other.supersedes(document));
    }

    private List<LupRecord> committedRecords(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return StoredRecords.matching(searcher, query);
        } finally {
            searchers.release(searcher);
        }
    }

    private static IndexWriter newWriter(Directory directory, Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false); // only replaceDocument/deleteDocument commit, each a whole document
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException(dir, e);
        }
    }

    private static boolean hasCommit(Directory directory) throws IOException {
        return SegmentInfos.getLastCommitGeneration(directory) >= 0;
    }

    private static Map<String, IndexedDocument> readDocuments(String json) throws IOException {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(Json.MAPPER.readValue(json, DOCUMENTS_TYPE));
        } catch (JsonProcessingException e) {
            throw new IOException("the index's document list is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
