package se.lup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.config.Json;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchRequest;

class RecordIndexTest {
    @TempDir
    Path dir;

    private static final DocumentRef PLAN = TestRecords.document("plan-2017", 2017, 1);

    private static List<LupRecord> planRecords(DocumentRef doc, String suffix) {
        return List.of(
                TestRecords.record(doc.id() + "-1", RecordKind.THEME, "Rinkeby-Kista", "Trygghet", List.of("Trygghet"),
                        "Trygghet", "Rinkeby-Kista prioriterar trygghet" + suffix, doc),
                TestRecords.measure(doc.id() + "-2", "Rinkeby-Kista",
                        "Genomföra och följa upp trygghetsvandringar i hela stadsdelsområdet" + suffix, doc));
    }

    @Test
    void recordsRoundTripWholeThroughTheIndex() throws Exception {
        List<LupRecord> records = planRecords(PLAN, "");
        try (RecordIndex index = RecordIndex.open(dir)) {
            assertTrue(index.replaceDocument("plan-2017", "h1", records));
            assertEquals(records, index.records("plan-2017"));
            assertEquals(records, index.allRecords());
            assertEquals(Map.of("plan-2017", "h1"), index.documentHashes());
        }
    }

    @Test
    void replacingADocumentDropsItsOldRecordsAndUnchangedContentAddsNothing() throws Exception {
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("plan-2017", "h1", planRecords(PLAN, ""));
            assertFalse(index.replaceDocument("plan-2017", "h1", planRecords(PLAN, "")), "same hash: no write");
            assertTrue(index.replaceDocument("plan-2017", "h2", planRecords(PLAN, " (reviderad)")));
            List<LupRecord> all = index.allRecords();
            assertEquals(2, all.size());
            assertTrue(all.stream().allMatch(r -> r.text().endsWith("(reviderad)")));
        }
    }

    @Test
    void deleteRemovesOnlyThatDocument() throws Exception {
        DocumentRef other = TestRecords.document("other", 2022, 1);
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("plan-2017", "h1", planRecords(PLAN, ""));
            index.replaceDocument("other", "h9", planRecords(other, ""));
            assertTrue(index.deleteDocument("plan-2017"));
            assertFalse(index.deleteDocument("plan-2017"));
            assertEquals(List.of("other-1", "other-2"), index.allRecords().stream().map(LupRecord::id).toList());
            assertEquals(Map.of("other", "h9"), index.documentHashes());
        }
    }

    @Test
    void theHighestVersionOfALineageIsLatestAndTheFlagFollowsChanges() throws Exception {
        DocumentRef v1 = TestRecords.document("plan-v1", 2017, 1);
        DocumentRef v2 = TestRecords.document("plan-v2", 2017, 2);
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument(new IndexedDocument("plan-v1", "a", "plan", 1), planRecords(v1, ""));
            assertTrue(index.isLatest("plan-v1"));
            index.replaceDocument(new IndexedDocument("plan-v2", "b", "plan", 2), planRecords(v2, ""));
            assertFalse(index.isLatest("plan-v1"));
            assertTrue(index.isLatest("plan-v2"));
            assertEquals(List.of("plan-v2-1", "plan-v2-2"), latestRecordIds(), "searches see only the later version");
            index.deleteDocument("plan-v2");
            assertTrue(index.isLatest("plan-v1"), "the earlier version is latest again once the later one is gone");
            assertEquals(List.of("plan-v1-1", "plan-v1-2"), latestRecordIds());
        }
    }

    private List<String> latestRecordIds() throws Exception {
        try (RecordSearcher searcher = RecordSearcher.open(dir, Gazetteer.load())) {
            return searcher.records(SearchRequest.of("", 0)).stream().map(LupRecord::id).sorted().toList();
        }
    }

    @Test
    void stateSurvivesReopening() throws Exception {
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument(new IndexedDocument("plan-2017", "h1", "plan", 1), planRecords(PLAN, ""));
        }
        try (RecordIndex index = RecordIndex.open(dir)) {
            assertEquals(Map.of("plan-2017", new IndexedDocument("plan-2017", "h1", "plan", 1)), index.documents());
            assertEquals(2, index.allRecords().size());
        }
    }

    @Test
    void aFailureInsideTheWriterRollsBackToTheLastCommit() throws Exception {
        // Lucene refuses terms over 32766 bytes while indexing, after the document's old records were deleted.
        LupRecord immenseId = TestRecords.measure("x".repeat(40_000), "Farsta", "Starta en familjecentral", PLAN);
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("plan-2017", "h1", planRecords(PLAN, ""));
            assertThrows(IllegalArgumentException.class,
                    () -> index.replaceDocument("plan-2017", "h2", List.of(planRecords(PLAN, "").get(0), immenseId)));
            assertEquals(planRecords(PLAN, ""), index.records("plan-2017"));
            assertEquals(Map.of("plan-2017", "h1"), index.documentHashes());
            assertTrue(index.replaceDocument("plan-2017", "h3", planRecords(PLAN, "!")), "the index is still writable");
            assertEquals(2, index.records("plan-2017").size());
        }
        try (RecordIndex reopened = RecordIndex.open(dir)) {
            assertEquals(Map.of("plan-2017", "h3"), reopened.documentHashes());
        }
    }

    @Test
    void anIndexOfAnOlderSchemaIsRebuiltFromItsStoredRecordsKeepingHashes() throws Exception {
        // As schema 2 wrote it: the latest flag was a numeric doc value, which the current schema indexes as a term.
        List<LupRecord> records = planRecords(PLAN, "");
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
            for (LupRecord r : records) {
                Document doc = new Document();
                doc.add(new StringField(IndexSchema.DOCUMENT_ID, "plan-2017", Field.Store.NO));
                doc.add(new NumericDocValuesField(IndexSchema.LATEST, 1));
                doc.add(new StoredField(IndexSchema.RECORD_JSON, Json.MAPPER.writeValueAsString(r)));
                old.addDocument(doc);
            }
            old.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "2", "lup.documents",
                    Json.MAPPER.writeValueAsString(Map.of("plan-2017", new IndexedDocument("plan-2017", "h1", null, 1))))
                    .entrySet());
            old.commit();
        }
        try (RecordIndex index = RecordIndex.open(dir)) {
            assertEquals(Map.of("plan-2017", "h1"), index.documentHashes(), "nothing needs to be ingested again");
            assertEquals(records, index.records("plan-2017"));
            assertFalse(index.replaceDocument("plan-2017", "h1", records));
            assertTrue(index.replaceDocument("other", "h2", planRecords(TestRecords.document("other", 2022, 1), "")));
        }
        assertEquals(List.of("other-1", "other-2", "plan-2017-1", "plan-2017-2"), latestRecordIds());
    }

    @Test
    void aSecondWriterGetsAClearError() throws Exception {
        try (RecordIndex first = RecordIndex.open(dir)) {
            IndexBusyException e = assertThrows(IndexBusyException.class, () -> RecordIndex.open(dir));
            assertTrue(e.getMessage().contains("another ingest"), e.getMessage());
        }
    }

    @Test
    void aRecordThatCannotBeIndexedLeavesTheLastCommitIntact() throws Exception {
        LupRecord withoutKind = new LupRecord("bad", null, null, null, null, null, "text", null, PLAN, null, null, null,
                null, null, null, null, null, null, null);
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument("plan-2017", "h1", planRecords(PLAN, ""));
            assertThrows(RuntimeException.class,
                    () -> index.replaceDocument("plan-2017", "h2", List.of(planRecords(PLAN, "").get(0), withoutKind)));
            assertEquals(planRecords(PLAN, ""), index.records("plan-2017"));
            assertEquals(Map.of("plan-2017", "h1"), index.documentHashes());
            assertTrue(index.replaceDocument("plan-2017", "h3", planRecords(PLAN, "!")), "the index is still writable");
        }
    }
}
