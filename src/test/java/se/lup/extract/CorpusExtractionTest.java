package se.lup.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled corpus document goes through the format-dispatching extractor with its Swedish letters intact. */
class CorpusExtractionTest {
    private static final Map<String, List<String>> EXPECTED_WORDS = Map.of(
            "socialforvaltningen-lup-plan-2017.txt", List.of("åtgärder", "Kommunfullmäktige", "stadsdelsnämnder", "Enskede-Årsta-Vantör"),
            "socialforvaltningen-lup-plan-2017-senare-ocr.txt", List.of("Rinkeby-Kista", "tertialrapport"),
            "rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt", List.of("Rinkeby-Kista", "Nulagesanalys"),
            "rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt", List.of("Förvaltningens svar på nämndens uppdrag", "måluppfyllelse", "Ökad vuxennärvaro"),
            "spanga-tensta-verksamhetsplan-2022.txt", List.of("Spånga-Tensta stadsdelsnämnd", "Nämndmål", "Förväntat resultat", "Årsmål"));

    @Test
    void everyCorpusFileExtracts() throws Exception {
        DocumentExtractor extractor = new DocumentExtractor();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("corpus"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(EXPECTED_WORDS.keySet().size(), files.size(), "corpus files: " + files);
        for (Path file : files) {
            ExtractedDocument doc = extractor.extract(file);
            assertEquals("text/plain", doc.mediaType(), file.toString());
            String text = String.join("\n", doc.pages().stream().map(Page::text).toList());
            for (String word : EXPECTED_WORDS.get(file.getFileName().toString())) {
                assertTrue(text.contains(word), file + " contains " + word);
            }
        }
    }
}
