package se.lup.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.lup.config.Json;

class ExtractCommandTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LupCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aBadFileIsReportedOnOneLineAndTheOthersAreStillExtracted() throws Exception {
        Files.writeString(dir.resolve("a-plan.txt"), "1 Inledning\n\nNämnden planerar åtgärder för ökad trygghet.\n");
        Files.write(dir.resolve("b-tom.pdf"), new byte[0]);
        Files.writeString(dir.resolve("c-svar.txt"), "Förvaltningens svar på nämndens uppdrag.\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": []}");
        Run run = run("extract", dir.toString());
        assertEquals(ExitCodes.PARTIAL_FAILURE, run.exit());
        assertEquals("lup: " + dir.resolve("b-tom.pdf") + ": empty file (0 bytes)", run.err().strip());
        assertTrue(run.out().contains("Nämnden planerar åtgärder för ökad trygghet."));
        assertTrue(run.out().contains("Förvaltningens svar på nämndens uppdrag."));
        assertFalse(run.out().contains("documents"), "manifest.json is not a document");
    }

    @Test
    void jsonHasPagesAndTypedBlocksWithOffsets() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), "2 Genomförande\n\nArbetet leds av förvaltningen.\f• Första punkten\n• Andra punkten\n");
        Run run = run("extract", "--json", file.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonNode doc = Json.MAPPER.readTree(run.out());
        assertEquals("text/plain", doc.path("media_type").asText());
        assertEquals(2, doc.path("page_count").asInt());
        assertEquals(2, doc.path("pages").size());
        String text = doc.path("text").asText();
        JsonNode blocks = doc.path("blocks");
        assertEquals("HEADING", blocks.get(0).path("type").asText());
        assertEquals("LIST_ITEM", blocks.get(2).path("type").asText());
        assertEquals(2, blocks.get(2).path("page").asInt());
        for (JsonNode b : blocks) {
            assertEquals(b.path("text").asText(), text.substring(b.path("start").asInt(), b.path("end").asInt()));
        }
    }

    @Test
    void ocrWithoutItsLanguageDataExitsWithMissingDependency() throws Exception {
        Path scan = se.lup.extract.Fixtures.imagePdf(dir.resolve("skannad.pdf"), se.lup.extract.Fixtures.SWEDISH_LINES);
        Run run = run("extract", "--ocr-language", "tlh", scan.toString());
        assertEquals(ExitCodes.MISSING_DEPENDENCY, run.exit());
        assertTrue(run.err().contains("tesseract-ocr tesseract-ocr-swe"), run.err());
    }

    @Test
    void aMissingInputIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("extract", dir.resolve("finns-inte.pdf").toString()).exit());
    }
}
