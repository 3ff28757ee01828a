package se.lup.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.index.RecordIndex;
import se.lup.record.LupRecord;

/**
 * Kill -9 an ingest half-way, run it again: the index must end up with every document's records exactly once.
 * The documents are copies of a corpus plan, each with its own closing line, so they differ in content (and id) but
 * yield the same number of records each.
 */
class IngestCrashTest {
    private static final int DOCUMENTS = 10;
    private static final int KILL_AFTER_INDEXED = 3;

    @TempDir
    Path work;

    @Test
    void killedIngestRerunLeavesNoDuplicateAndNoMissingRecords() throws Exception {
        Path folder = Files.createDirectory(work.resolve("plans"));
        String plan = Files.readString(Path.of("corpus/rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve("svar-%02d.txt".formatted(i)), plan + "\n\nKopia nummer " + i + " av förvaltningens svar.\n");
        }
        Path index = work.resolve("index");

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                LupCommand.class.getName(), "ingest", folder.toString(), "--index", index.toString(), "--threads", "1")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int indexedBeforeKill = 0;
        try (BufferedReader log = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = log.readLine()) != null; ) {
                if (line.contains(" indexed ") && ++indexedBeforeKill == KILL_AFTER_INDEXED) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(KILL_AFTER_INDEXED, indexedBeforeKill, "the child finished before it could be killed");

        Map<String, List<LupRecord>> afterKill = recordsByDocument(index);
        assertTrue(afterKill.size() < DOCUMENTS, "killed mid-way: " + afterKill.size() + " documents indexed");
        int perDocument = afterKill.values().iterator().next().size();
        afterKill.forEach((doc, records) -> assertEquals(perDocument, records.size(), "complete document " + doc));

        int exit = LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, exit);

        Map<String, List<LupRecord>> rerun = recordsByDocument(index);
        assertEquals(DOCUMENTS, rerun.size());
        rerun.forEach((doc, records) -> assertEquals(perDocument, records.size(), "records of " + doc));
        List<String> ids = rerun.values().stream().flatMap(List::stream).map(LupRecord::id).toList();
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size(), "duplicate record ids");
    }

    private static Map<String, List<LupRecord>> recordsByDocument(Path index) throws IOException {
        try (RecordIndex opened = RecordIndex.open(index)) {
            return opened.allRecords().stream().collect(Collectors.groupingBy(r -> r.document().id()));
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
