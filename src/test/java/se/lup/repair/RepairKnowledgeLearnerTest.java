package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairKnowledgeLearnerTest {
    @TempDir
    Path out;

    @Test
    void pairsMadeFromCleanTextAddConfusionsButNoCounts() throws IOException {
        var tuning = List.of(new OcrDevSplit.Pair("01", "nämnden beslutar", "namnden beslutar"));
        var made = List.of(new OcrDevSplit.Pair("plan/p001", "övergripande mål", "6vergripande mal"));
        var summary = RepairKnowledgeLearner.learn(tuning, made, List.of("stadsdelen"), out);

        ConfusionModel confusions = new ConfusionModel();
        WordStatistics counts = new WordStatistics();
        try (InputStream c = Files.newInputStream(out.resolve("confusions.tsv")); InputStream w = Files.newInputStream(out.resolve("word-counts.tsv"))) {
            confusions.read(c);
            counts.read(w);
        }
        assertEquals(1, summary.pairs());
        assertEquals(1, summary.confusionPairs());
        assertTrue(confusions.logProbability("ö", "6") > ConfusionModel.UNEXPLAINED_EDIT, "ö read as 6 is learned from the made pair");
        assertTrue(confusions.logProbability("ä", "a") > ConfusionModel.UNEXPLAINED_EDIT, "ä read as a is learned from the tuning pair");
        assertTrue(counts.count("nämnden") > 0);
        assertTrue(counts.count("stadsdelen") > 0);
        assertEquals(0, counts.count("övergripande"), "the made pair's clean side is a clean text already: not counted twice");
    }

    @Test
    void aMissingFolderOfPairsIsNamed() {
        LearningSources sources = new LearningSources(List.of(), List.of("pipeline/repair/no-such-pairs"));
        IOException e = assertThrows(IOException.class, () -> sources.readConfusionPairs(out, name -> true));
        assertTrue(e.getMessage().startsWith("pipeline/repair/no-such-pairs: no such folder"), e.getMessage());
    }

    @Test
    void shippedSourcesNameEachMadePairAfterItsCleanText() throws IOException {
        LearningSources sources = LearningSources.load();
        List<OcrDevSplit.Pair> pairs = sources.readConfusionPairs(Path.of(""), name -> true);
        assertFalse(pairs.isEmpty());
        List<String> stems = sources.cleanTexts().stream().map(f -> Path.of(f).getFileName().toString().replaceFirst("\\.txt$", "")).toList();
        for (OcrDevSplit.Pair page : pairs) {
            assertTrue(stems.stream().anyMatch(page.id()::startsWith), page.id() + " is not named after a clean text");
        }
        assertTrue(sources.readConfusionPairs(Path.of(""), name -> !name.startsWith(stems.get(0))).size() < pairs.size(),
                "leaving out a clean text leaves out its pairs");
    }
}
