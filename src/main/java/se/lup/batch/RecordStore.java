package se.lup.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.lup.record.LupRecord;

/**
 * Where batch ingest puts records: the index, seen only through what ingest needs. Each write is atomic per document
 * (all of its records or none), which is what makes a killed ingest safe to rerun.
 */
public interface RecordStore extends AutoCloseable {
    /** What is stored per document: the content hash it was built from, and one of its records' document reference. */
    Map<String, StoredDocument> storedDocuments() throws IOException;

    /** Replaces every record of the document with these, atomically. */
    void replaceDocument(String documentId, String contentHash, List<LupRecord> records) throws IOException;

    void deleteDocument(String documentId) throws IOException;

    @Override
    void close() throws IOException;
}
