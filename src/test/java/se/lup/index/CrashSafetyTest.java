package se.lup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.record.LupRecord;

/** Kills an ingesting process (SIGKILL) mid-document: the index opens at its last commit, with no partial document. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesTheLastCommitWhole() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastSeen = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && lastSeen < 1; line = out.readLine()) {
                lastSeen = Integer.parseInt(line.substring("committed ".length()));
            }
            child.destroyForcibly(); // SIGKILL while document lastSeen + 1 is being written
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(1, lastSeen, "the child committed two documents before it was killed");

        try (RecordIndex index = RecordIndex.open(dir)) {
            Map<String, String> hashes = index.documentHashes();
            assertTrue(hashes.size() >= 2, "every document reported committed is there: " + hashes.keySet());
            Map<String, Long> perDocument = index.allRecords().stream()
                    .collect(Collectors.groupingBy(r -> r.id().split("/")[0], Collectors.counting()));
            assertEquals(hashes.keySet(), perDocument.keySet(), "records exist exactly for the committed documents");
            perDocument.forEach((doc, count) ->
                    assertEquals(CrashIngestMain.RECORDS_PER_DOCUMENT, count, doc + " is whole"));
            List<LupRecord> first = index.records("doc-0");
            assertEquals("doc-0/0/0", first.get(0).id());
            assertTrue(index.replaceDocument("doc-0", "new", first.subList(0, 1)), "the index is writable again");
        }
    }
}
