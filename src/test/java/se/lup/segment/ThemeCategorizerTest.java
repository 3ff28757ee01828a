package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.config.LupHome;
import se.lup.corpus.DocumentSource;
import se.lup.corpus.SourceDocument;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** The categorizer for themes and measures without a taxonomy alias, measured on held-out corpus records. */
class ThemeCategorizerTest {
    private static final List<LupRecord> CORPUS = new ArrayList<>();

    @BeforeAll
    static void segmentCorpus() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
        for (SourceDocument doc : DocumentSource.defaults().list(LupHome.corpus())) {
            CORPUS.addAll(pipeline.process(doc.file(), doc.info()).records());
        }
    }

    @Test
    void beatsTheMajorityCategoryOnHeldOutRecords() {
        long seed = Long.getLong("lup.seed", System.nanoTime());
        ThemeCategorizer.Evaluation e = ThemeCategorizer.evaluate(CORPUS, 0.2, seed);
        System.out.printf("theme categorizer: seed %d, trained on %d, held out %d, accuracy %.3f (majority baseline %.3f)%n",
                e.seed(), e.trained(), e.heldOut(), e.accuracy(), e.majorityBaseline());
        assertTrue(e.heldOut() >= 30, "enough held-out records to measure");
        assertTrue(e.accuracy() > e.majorityBaseline() + 0.15, "accuracy " + e.accuracy() + " vs baseline "
                + e.majorityBaseline() + " (seed " + seed + ", rerun with -Dlup.seed=" + seed + ")");
    }

    @Test
    void fillsUncategorisedThemesAndTheRecordsUnderThem() {
        ThemeCategorizer categorizer = ThemeCategorizer.train(CORPUS);
        List<LupRecord> filled = categorizer.fill(CORPUS);
        assertEquals(CORPUS.size(), filled.size());
        assertTrue(filled.stream().filter(r -> r.kind() == RecordKind.THEME || r.kind() == RecordKind.MEASURE)
                .allMatch(r -> !r.themeCategories().isEmpty()), "every theme and measure has a category");
        for (int i = 0; i < CORPUS.size(); i++) {
            if (!CORPUS.get(i).themeCategories().isEmpty()) {
                assertEquals(CORPUS.get(i).themeCategories(), filled.get(i).themeCategories(), "alias categories are kept");
            }
        }
    }
}
