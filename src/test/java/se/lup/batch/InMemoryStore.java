package se.lup.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lup.record.LupRecord;

/** A {@link RecordStore} in memory, for testing batch logic apart from Lucene. */
final class InMemoryStore implements RecordStore {
    final Map<String, StoredDocument> documents = new LinkedHashMap<>();
    final Map<String, List<LupRecord>> records = new LinkedHashMap<>();

    @Override
    public Map<String, StoredDocument> storedDocuments() {
        return Map.copyOf(documents);
    }

    @Override
    public void replaceDocument(String documentId, String contentHash, List<LupRecord> docRecords) {
        documents.put(documentId, new StoredDocument(documentId, contentHash, docRecords.isEmpty() ? null : docRecords.get(0).document()));
        records.put(documentId, List.copyOf(docRecords));
    }

    @Override
    public void deleteDocument(String documentId) {
        documents.remove(documentId);
        records.remove(documentId);
    }

    List<LupRecord> allRecords() {
        List<LupRecord> all = new ArrayList<>();
        records.values().forEach(all::addAll);
        return all;
    }

    @Override
    public void close() {}
}
