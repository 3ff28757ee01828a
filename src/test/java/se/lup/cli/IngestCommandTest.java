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
    void failingDocumentsAreReportedWhileTheRestIsIndexedAndPruneRemovesGoneFiles() throws Exception {
        Path folder = Files.createDirectory(work.resolve("in"));
        Path plan = Files.copy(Path.of("corpus/rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt"), folder.resolve("svar.txt"));
        Files.writeString(folder.resolve("tom.txt"), "");
        Files.writeString(folder.resolve("trasig.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n"); // truncated
        Path index = work.resolve("index");
        Path report = work.resolve("report.json");

        int exit = LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString(), "--report", report.toString());
        assertEquals(ExitCodes.PARTIAL_FAILURE, exit);
        JsonNode run = Json.MAPPER.readTree(report.toFile());
        assertEquals(2, run.path("counts").path("failed").asInt());
        assertTrue(run.path("summary").asText().startsWith("3 documents: 1 indexed, 0 unchanged, 2 failed"), run::toString);
        JsonNode documents = run.path("documents");
        assertEquals(3, documents.size());
        JsonNode empty = documents.get(1);
        assertEquals("tom", empty.path("document_id").asText());
        assertEquals("failed", empty.path("status").asText());
        assertTrue(empty.path("reason").asText().contains("empty"), empty::toString);
        JsonNode corrupt = documents.get(2);
        assertEquals("trasig", corrupt.path("document_id").asText());
        assertEquals("failed", corrupt.path("status").asText());
        assertTrue(corrupt.path("reason").asText().contains("PDF"), corrupt::toString);
        JsonNode indexed = documents.get(0);
        assertEquals("indexed", indexed.path("status").asText());
        assertTrue(indexed.path("records").path("theme").asInt() > 0, indexed::toString);
        assertTrue(indexed.path("pages").asInt() >= 1);
        int records;
        try (RecordIndex opened = RecordIndex.open(index)) {
            records = opened.records("svar").size();
            assertEquals(indexed.path("records").properties().stream().mapToInt(e -> e.getValue().asInt()).sum(), records);
        }

        assertEquals(ExitCodes.PARTIAL_FAILURE, LupCommand.commandLine().execute("ingest", work.resolve("saknas").toString(),
                "--index", index.toString(), "--prune"));
        try (RecordIndex opened = RecordIndex.open(index)) {
            assertEquals(records, opened.records("svar").size(), "a missing folder prunes nothing");
        }

        Files.delete(plan);
        Files.delete(folder.resolve("tom.txt"));
        Files.delete(folder.resolve("trasig.pdf"));
        assertEquals(ExitCodes.OK, LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString(),
                "--prune", "--report", report.toString()));
        assertEquals("pruned", Json.MAPPER.readTree(report.toFile()).path("documents").get(0).path("status").asText());
        try (RecordIndex opened = RecordIndex.open(index)) {
            assertTrue(opened.documents().isEmpty());
        }
    }
}
