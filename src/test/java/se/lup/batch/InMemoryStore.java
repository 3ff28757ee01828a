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
    public synchronized Map<String, StoredDocument> storedDocuments() {
        return Map.copyOf(documents);
    }

    @Override
    public synchronized void replaceDocument(StoredDocument document, List<LupRecord> docRecords) {
        documents.put(document.documentId(), document);
        records.put(document.documentId(), List.copyOf(docRecords));
    }

    @Override
    public synchronized void deleteDocument(String documentId) {
        documents.remove(documentId);
        records.remove(documentId);
    }

    @Override
    public synchronized List<LupRecord> allRecords() {
        List<LupRecord> all = new ArrayList<>();
        records.values().forEach(all::addAll);
        return all;
    }

    @Override
    public void close() {}
}
