package se.lup.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.lup.record.LupRecord;

/**
 * Where batch ingest puts records: the index, seen only through what ingest needs. Each write is atomic per document
 * (all of its records or none), which is what makes a killed ingest safe to rerun. Workers call it concurrently:
 * implementations must be thread-safe.
 */
public interface RecordStore extends AutoCloseable {
    /** Every stored document by id, as of the last commit. */
    Map<String, StoredDocument> storedDocuments() throws IOException;

    /** Replaces every record of the document with these, atomically, remembering its fingerprint, lineage and version. */
    void replaceDocument(StoredDocument document, List<LupRecord> records) throws IOException;

    void deleteDocument(String documentId) throws IOException;

    /** Every stored record, all documents and versions. */
    List<LupRecord> allRecords() throws IOException;

    @Override
    void close() throws IOException;
}
