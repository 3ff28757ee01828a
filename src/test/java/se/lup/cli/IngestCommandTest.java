package se.lup.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.config.Json;
import se.lup.index.RecordIndex;

class IngestCommandTest {
    @TempDir
    Path work;

    @Test
    void failingDocumentIsReportedWhileTheRestIsIndexedAndPruneRemovesGoneFiles() throws Exception {
        Path folder = Files.createDirectory(work.resolve("in"));
        Path plan = Files.copy(Path.of("corpus/rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt"), folder.resolve("svar.txt"));
        Files.writeString(folder.resolve("tom.txt"), "");
        Path index = work.resolve("index");
        Path report = work.resolve("report.json");

        int exit = LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString(), "--report", report.toString());
        assertEquals(ExitCodes.PARTIAL_FAILURE, exit);
        JsonNode documents = Json.MAPPER.readTree(report.toFile()).path("documents");
        assertEquals(2, documents.size());
        JsonNode failed = documents.get(1);
        assertEquals("tom", failed.path("document_id").asText());
        assertEquals("failed", failed.path("status").asText());
        assertEquals("empty document (no text)", failed.path("reason").asText());
        JsonNode indexed = documents.get(0);
        assertEquals("indexed", indexed.path("status").asText());
        assertTrue(indexed.path("records").path("theme").asInt() > 0, indexed::toString);
        assertTrue(indexed.path("pages").asInt() >= 1);
        int records;
        try (RecordIndex opened = RecordIndex.open(index)) {
            records = opened.records("svar").size();
            assertEquals(indexed.path("records").properties().stream().mapToInt(e -> e.getValue().asInt()).sum(), records);
        }

        Files.delete(plan);
        Files.delete(folder.resolve("tom.txt"));
        assertEquals(ExitCodes.OK, LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString(),
                "--prune", "--report", report.toString()));
        assertEquals("pruned", Json.MAPPER.readTree(report.toFile()).path("documents").get(0).path("status").asText());
        try (RecordIndex opened = RecordIndex.open(index)) {
            assertTrue(opened.documents().isEmpty());
        }
    }
}
