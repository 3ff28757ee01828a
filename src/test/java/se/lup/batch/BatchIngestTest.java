package se.lup.batch;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.corpus.DocumentInfo;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.LineStages;
import se.lup.record.LupRecord;

class BatchIngestTest {
    @TempDir
    Path folder;

    @TempDir
    Path later;

    private final LineStages stages = new LineStages();
    private final InMemoryStore store = new InMemoryStore();
    private final AtomicInteger described = new AtomicInteger();
    /** Describes a document by its file name only, counting calls; detection from text is MetadataDetector's job. */
    private final BatchIngest.Describer describer = (file, extracted, clean) -> {
        described.incrementAndGet();
        return new DocumentInfo(file.getFileName().toString(), null, null, null, null, null, null, null, null);
    };

    @BeforeEach
    void plans() throws IOException {
        Files.writeString(folder.resolve("farsta-vp-2022.txt"), "Verksamhetsplan 2022 för Farsta stadsdelsnämnd\nTrygghetsvandringar i Hökarängen\n");
        Files.writeString(folder.resolve("farsta-vp-2023.txt"), "Verksamhetsplan 2023 för Farsta stadsdelsnämnd\nTrygghetsvandringar i Farsta strand\n");
        Files.writeString(folder.resolve("bromma-lup.txt"), "Lokalt utvecklingsprogram för Bromma\nParklekar\nFamiljecentral\n");
        Files.writeString(folder.resolve("manifest.json"), """
                {"documents": [
                  {"file": "farsta-vp-2022.txt", "title": "Verksamhetsplan 2022", "organisation": "Farsta stadsdelsnämnd", "year": 2022, "type": "verksamhetsplan"},
                  {"file": "farsta-vp-2023.txt", "title": "Verksamhetsplan 2023", "organisation": "Farsta stadsdelsnämnd", "year": 2023, "type": "verksamhetsplan"},
                  {"file": "bromma-lup.txt", "title": "Lokalt utvecklingsprogram för Bromma", "organisation": "Bromma stadsdelsnämnd", "year": 2017, "type": "LUP", "lineage": "bromma-lup", "version": 3}
                ]}""");
    }

    private RunReport ingest(boolean prune) throws IOException {
        return ingest(prune, BatchIngest.Completion.NONE);
    }

    private RunReport ingest(boolean prune, BatchIngest.Completion completion) throws IOException {
        BatchIngest batch = new BatchIngest(new DocumentPipeline(stages.stages()), describer, completion, store, new BatchIngest.Options(2, prune));
        return batch.run(InputFolders.list(List.of(folder, folder.resolve("bromma-lup.txt"))).documents(),
                new BatchProgress.LogLines(System.out));
    }

    @Test
    void secondRunOfUnchangedFolderProcessesNothing() throws IOException {
        RunReport first = ingest(false);
        assertEquals(Map.of(DocumentStatus.INDEXED, 3), first.counts());
        assertEquals(7, store.allRecords().size());
        RunReport second = ingest(false);
        assertEquals(Map.of(DocumentStatus.UNCHANGED, 3), second.counts());
        assertEquals(3, stages.segmented.get(), "no document segmented again");
        assertEquals(7, store.allRecords().size());
    }

    @Test
    void changedFileReindexesOnlyItselfAndDeletedFileIsPrunedOnRequest() throws IOException {
        ingest(false);
        Files.writeString(folder.resolve("bromma-lup.txt"), "Lokalt utvecklingsprogram för Bromma\nParklekar\n");
        Files.delete(folder.resolve("farsta-vp-2022.txt"));
        RunReport withoutPrune = ingest(false);
        assertEquals(Map.of(DocumentStatus.INDEXED, 1, DocumentStatus.UNCHANGED, 1), withoutPrune.counts());
        assertTrue(store.documents.containsKey("farsta-vp-2022"), "kept without --prune");
        assertEquals(4, stages.segmented.get());

        Files.writeString(folder.resolve("bromma-lup.txt"), "Lokalt utvecklingsprogram för Bromma\nParklekar\nFamiljecentral\n");
        RunReport pruned = ingest(true, all -> UnaryOperator.identity()); // a completed document and a pruned one
        assertEquals(List.of("Lokalt utvecklingsprogram för Bromma", "Parklekar", "Familjecentral"),
                store.records.get("bromma-lup").stream().map(LupRecord::text).toList());
        assertEquals(Map.of(DocumentStatus.INDEXED, 1, DocumentStatus.UNCHANGED, 1, DocumentStatus.PRUNED, 1), pruned.counts());
        assertFalse(store.documents.containsKey("farsta-vp-2022"));
    }

    @Test
    void failingDocumentIsReportedAndTheRestIndexed() throws IOException {
        Files.writeString(folder.resolve("tom.txt"), "");
        Files.write(folder.resolve("trasig.txt"), new byte[] {'C', 'R', 'A', 'S', 'H', '\n'});
        RunReport report = ingest(false);
        assertEquals(Map.of(DocumentStatus.INDEXED, 3, DocumentStatus.FAILED, 2), report.counts());
        assertTrue(report.anyFailed());
        DocumentReport empty = report.documents().stream().filter(d -> d.documentId().equals("tom")).findFirst().orElseThrow();
        assertEquals(folder.resolve("tom.txt") + ": empty document (no text)", empty.failureLine());
        assertEquals(7, store.allRecords().size());
        assertTrue(report.summary().startsWith("5 documents: 3 indexed, 0 unchanged, 2 failed"), report.summary());
    }

    @Test
    void versionsFollowYearWithinALineageAndTheManifestDeclares() throws IOException {
        ingest(false);
        LupRecord v2022 = store.records.get("farsta-vp-2022").get(0);
        LupRecord v2023 = store.records.get("farsta-vp-2023").get(0);
        assertEquals("farsta-stadsdelsnamnd-verksamhetsplan", v2022.document().lineage());
        assertEquals(v2022.document().lineage(), v2023.document().lineage());
        assertEquals(1, v2022.document().version());
        assertEquals(2, v2023.document().version());
        assertEquals("bromma-lup", store.records.get("bromma-lup").get(0).document().lineage());
        assertEquals(3, store.records.get("bromma-lup").get(0).document().version(), "as the manifest declares");
    }

    @Test
    void aPlanIngestedLaterBecomesTheNextVersionOfItsLineage() throws IOException {
        Files.move(folder.resolve("farsta-vp-2023.txt"), later.resolve("farsta-vp-2023.txt"));
        Files.writeString(later.resolve("manifest.json"), """
                {"documents": [{"file": "farsta-vp-2023.txt", "title": "Verksamhetsplan 2023", "organisation": "Farsta stadsdelsnämnd", "year": 2023, "type": "verksamhetsplan"}]}""");
        ingest(false); // the 2022 plan (and Bromma's) only
        BatchIngest batch = new BatchIngest(new DocumentPipeline(stages.stages()), describer, BatchIngest.Completion.NONE, store, new BatchIngest.Options(1, false));
        batch.run(InputFolders.list(List.of(later)).documents(), new BatchProgress.LogLines(System.out));
        assertEquals(1, store.records.get("farsta-vp-2022").get(0).document().version());
        assertEquals(2, store.records.get("farsta-vp-2023").get(0).document().version());
    }

    @Test
    void manifestEditReindexesTheDocumentItDescribes() throws IOException {
        ingest(false);
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"Verksamhetsplan 2023\"", "\"Verksamhetsplan med budget 2023\""));
        RunReport report = ingest(false);
        assertEquals(Map.of(DocumentStatus.INDEXED, 1, DocumentStatus.UNCHANGED, 2), report.counts());
        assertEquals("Verksamhetsplan med budget 2023", store.records.get("farsta-vp-2023").get(0).document().title());
    }

    @Test
    void documentsNoManifestListsAreDescribedOnlyWhenTheirContentIsNew() throws IOException {
        Files.delete(folder.resolve("manifest.json"));
        ingest(false);
        assertEquals(3, described.get());
        LupRecord v2022 = store.records.get("farsta-vp-2022").get(0);
        LupRecord v2023 = store.records.get("farsta-vp-2023").get(0);
        assertEquals("farsta-vp", v2022.document().lineage(), "years are not part of a lineage");
        assertEquals(List.of(1, 2), List.of(v2022.document().version(), v2023.document().version()));

        RunReport second = ingest(false);
        assertEquals(Map.of(DocumentStatus.UNCHANGED, 3), second.counts());
        assertEquals(3, described.get(), "unchanged documents are not described again");
        assertEquals(3, stages.segmented.get());
    }

    @Test
    void versionsStayPutWhenAnOlderVersionIsReingestedAlone() throws IOException {
        ingest(false);
        Path older = folder.resolve("farsta-vp-2022.txt");
        Files.writeString(older, Files.readString(older) + "Reviderad rad\n");
        InputDocument olderOnly = InputFolders.list(List.of(older)).documents().get(0);
        new BatchIngest(new DocumentPipeline(stages.stages()), describer, BatchIngest.Completion.NONE, store, new BatchIngest.Options(1, false))
                .run(List.of(olderOnly), new BatchProgress.LogLines(System.out));
        assertEquals(1, store.records.get("farsta-vp-2022").get(0).document().version());
        assertEquals(2, store.records.get("farsta-vp-2023").get(0).document().version());
        assertTrue(store.records.get("farsta-vp-2022").stream().anyMatch(r -> r.text().equals("Reviderad rad")));
    }

    @Test
    void aDocumentTheStoreRejectsFailsAloneAndKeepsItsEarlierRecords() throws IOException {
        ingest(false);
        Files.writeString(folder.resolve("bromma-lup.txt"), "Lokalt utvecklingsprogram för Bromma\nREJECT\n");
        Files.writeString(folder.resolve("farsta-vp-2023.txt"), "Verksamhetsplan 2023 för Farsta\nNy rad\n");
        RecordStore rejecting = new RecordStore() { // like Lucene refusing a document, e.g. an immense term
            @Override
            public void replaceDocument(StoredDocument document, List<LupRecord> records) {
                if (records.stream().anyMatch(r -> r.text().equals("REJECT"))) {
                    throw new IllegalArgumentException("immense term");
                }
                store.replaceDocument(document, records);
            }

            @Override
            public Map<String, StoredDocument> storedDocuments() {
                return store.storedDocuments();
            }

            @Override
            public void deleteDocument(String documentId) {
                store.deleteDocument(documentId);
            }

            @Override
            public List<LupRecord> allRecords() {
                return store.allRecords();
            }

            @Override
            public void close() {}
        };
        RunReport report = new BatchIngest(new DocumentPipeline(stages.stages()), describer, BatchIngest.Completion.NONE, rejecting, new BatchIngest.Options(2, false))
                .run(InputFolders.list(List.of(folder)).documents(), new BatchProgress.LogLines(System.out));
        assertEquals(Map.of(DocumentStatus.INDEXED, 1, DocumentStatus.UNCHANGED, 1, DocumentStatus.FAILED, 1), report.counts());
        assertEquals(3, store.records.get("bromma-lup").size(), "earlier records kept");
        assertEquals("Ny rad", store.records.get("farsta-vp-2023").get(1).text());
    }

    @Test
    void completionSeesEveryStoredRecordAndAnInterruptedCompletionIsRedone() throws IOException {
        BatchIngest.Completion failing = all -> {
            throw new IllegalStateException("categorizer crashed");
        };
        RunReport broken = new BatchIngest(new DocumentPipeline(stages.stages()), describer, failing, store, new BatchIngest.Options(2, false))
                .run(InputFolders.list(List.of(folder)).documents(), new BatchProgress.LogLines(System.out));
        assertEquals(0, broken.counts().getOrDefault(DocumentStatus.INDEXED, 0));
        assertTrue(store.documents.values().stream().allMatch(StoredDocument::isProvisional));

        BatchIngest.Completion counting = all -> records -> records.stream()
                .map(r -> r.withThemeCategories(List.of("of " + all.size()))).toList();
        RunReport redone = new BatchIngest(new DocumentPipeline(stages.stages()), describer, counting, store, new BatchIngest.Options(2, false))
                .run(InputFolders.list(List.of(folder)).documents(), new BatchProgress.LogLines(System.out));
        assertEquals(Map.of(DocumentStatus.INDEXED, 3), redone.counts(), "provisional documents are processed again");
        assertTrue(store.allRecords().stream().allMatch(r -> r.themeCategories().equals(List.of("of 7"))));
        assertTrue(store.documents.values().stream().noneMatch(StoredDocument::isProvisional));
        assertEquals(Map.of(DocumentStatus.UNCHANGED, 3), ingest(false).counts());
    }
}
