package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairSettingsTest {
    /** A settings file from before a probability existed is refused by name, not read as probability 0. */
    @Test
    void aMissingProbabilityIsNamed(@TempDir Path pipeline) throws IOException {
        String shipped = Files.readString(Path.of("pipeline/repair/settings.json"));
        String older = shipped.replaceAll(",\\s*\"foreign_symbol_probability\"\\s*:\\s*[0-9.eE-]+", "");
        assertNotEquals(shipped, older, "the shipped settings should have foreign_symbol_probability");
        Files.createDirectories(pipeline.resolve("repair"));
        Files.writeString(pipeline.resolve("repair/settings.json"), older);
        System.setProperty("lup.pipeline", pipeline.toString());
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, RepairSettings::load);
            assertTrue(e.getMessage().contains("foreign_symbol_probability"), e.getMessage());
        } finally {
            System.clearProperty("lup.pipeline");
        }
    }
}
