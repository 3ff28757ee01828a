package se.lup.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.config.Json;

class DiffCommandTest {
    private static final String LINEAGE = "socialforvaltningen-lup-plan";

    @TempDir
    Path work;

    @Test
    void lineageDiffComparesConsecutiveIndexedVersionsAndSameFileHasNoChanges() throws Exception {
        Path folder = Files.createDirectory(work.resolve("plans"));
        for (String name : new String[] {"socialforvaltningen-lup-plan-2017.txt", "socialforvaltningen-lup-plan-2017-senare-ocr.txt", "manifest.json"}) {
            Files.copy(Path.of("corpus", name), folder.resolve(name));
        }
        Path index = work.resolve("index");
        assertEquals(ExitCodes.OK, LupCommand.commandLine().execute("ingest", folder.toString(), "--index", index.toString()));

        JsonNode sets = Json.MAPPER.readTree(run("diff", "--lineage", LINEAGE, "--index", index.toString(), "--json"));
        assertEquals(1, sets.size());
        JsonNode set = sets.get(0);
        assertEquals("socialforvaltningen-lup-plan-2017", set.path("before").path("id").asText());
        assertEquals(2, set.path("after").path("version").asInt());
        assertTrue(set.path("changes").size() > 0);
        int counted = 0;
        for (JsonNode n : set.path("counts")) {
            counted += n.asInt();
        }
        assertEquals(set.path("changes").size(), counted);

        JsonNode byId = Json.MAPPER.readTree(run("diff", "socialforvaltningen-lup-plan-2017",
                "socialforvaltningen-lup-plan-2017-senare-ocr", "--index", index.toString(), "--json"));
        assertEquals(set.path("changes"), byId.path("changes"));

        Path plan = folder.resolve("socialforvaltningen-lup-plan-2017.txt");
        String same = run("diff", plan.toString(), plan.toString(), "--index", index.toString());
        assertTrue(same.contains(": no changes"), same);
        assertEquals(ExitCodes.USAGE, LupCommand.commandLine().execute("diff", "no-such-document", plan.toString(), "--index", index.toString()));
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCodes.OK, LupCommand.commandLine().execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
