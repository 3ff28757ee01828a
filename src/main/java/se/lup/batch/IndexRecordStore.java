package se.lup.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lup.index.IndexedDocument;
import se.lup.index.RecordIndex;
import se.lup.record.LupRecord;

/** The Lucene record index as a {@link RecordStore}. */
public final class IndexRecordStore implements RecordStore {
    private final RecordIndex index;

    private IndexRecordStore(RecordIndex index) {
        this.index = index;
    }

    public static IndexRecordStore open(Path dir) throws IOException {
        return new IndexRecordStore(RecordIndex.open(dir));
    }

    @Override
    public Map<String, StoredDocument> storedDocuments() {
        Map<String, String> trusted = index.documentHashes();
        Map<String, StoredDocument> stored = new LinkedHashMap<>();
        index.documents().values().forEach(d ->
                stored.put(d.id(), new StoredDocument(d.id(), trusted.get(d.id()), d.lineage(), d.version())));
        return stored;
    }

    @Override
    public void replaceDocument(StoredDocument document, List<LupRecord> records) throws IOException {
        index.replaceDocument(new IndexedDocument(document.documentId(), document.fingerprint(), document.lineage(), document.version()), records);
    }

    @Override
    public void deleteDocument(String documentId) throws IOException {
        index.deleteDocument(documentId);
    }

    @Override
    public List<LupRecord> allRecords() throws IOException {
        return index.allRecords();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
