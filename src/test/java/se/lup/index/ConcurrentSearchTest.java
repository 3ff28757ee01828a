package se.lup.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchRequest;

/** Searches run while an ingest replaces documents: every search sees whole documents, one generation each. */
class ConcurrentSearchTest {
    @TempDir
    Path dir;

    @Test
    void searchesDuringWritesSeeEachDocumentWhole() throws Exception {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("ConcurrentSearchTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> documents = List.of("doc-a", "doc-b", "doc-c");
        try (RecordIndex index = RecordIndex.open(dir);
                RecordSearcher searcher = RecordSearcher.open(dir, Gazetteer.load())) {
            for (String d : documents) {
                index.replaceDocument(d, "g0", generation(d, 0, 1 + random.nextInt(40)));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(Thread.startVirtualThread(() -> {
                    while (writing.get() || searches.get() < 10) {
                        for (String d : documents) {
                            try {
                                List<LupRecord> records = searcher.records(
                                        SearchRequest.of("", 0).withDocument(d).withAllVersions());
                                Set<String> generations = records.stream().map(r -> r.id().split("/")[1])
                                        .collect(Collectors.toSet());
                                int declared = Integer.parseInt(records.get(0).title());
                                if (generations.size() != 1 || records.size() != declared) {
                                    problems.add(d + ": generations " + generations + ", " + records.size() + " records");
                                }
                                searches.incrementAndGet();
                                Thread.sleep(1); // leave the writer a core
                            } catch (Exception e) {
                                problems.add(d + ": " + e);
                            }
                        }
                    }
                }));
            }
            for (int gen = 1; gen <= 25; gen++) {
                String d = documents.get(random.nextInt(documents.size()));
                index.replaceDocument(d, "g" + gen, generation(d, gen, 1 + random.nextInt(40)));
            }
            writing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            assertTrue(problems.isEmpty(), problems.toString());
            assertTrue(searches.get() >= 10);
        }
    }

    /** A document's records for one generation: ids "doc/gen/i", each titled with the generation's record count. */
    static List<LupRecord> generation(String documentId, int gen, int count) {
        DocumentRef doc = TestRecords.document(documentId, 2017, 1);
        List<LupRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(TestRecords.record(documentId + "/" + gen + "/" + i, se.lup.record.RecordKind.MEASURE,
                    "Farsta", null, List.of(), String.valueOf(count),
                    "Stadsdelsnämnden arbetar med att starta en familjecentral, åtgärd " + i, doc));
        }
        return records;
    }
}
