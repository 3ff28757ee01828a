package se.lup.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextExtractorTest {
    @TempDir Path dir;

    @Test
    void formFeedsArePageBreaks() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "sida ett\fsida två");
        ExtractedDocument doc = new PlainTextExtractor().extract(f);
        assertEquals(2, doc.pages().size());
        assertEquals("sida två", doc.pages().get(1).text());
    }

    @Test
    void windows1252FallbackKeepsSwedishLetters() throws Exception {
        Path f = dir.resolve("b.txt");
        Files.write(f, "åtgärder för Skärholmen".getBytes(Charset.forName("windows-1252")));
        assertEquals("åtgärder för Skärholmen", new PlainTextExtractor().extract(f).pages().get(0).text());
    }

    @Test
    void emptyFileNamesFileAndReason() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "  \n");
        ExtractionException e = assertThrows(ExtractionException.class, () -> new PlainTextExtractor().extract(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    }
}
