package se.lup.diff;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.lup.corpus.Manifest;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.pipeline.ProcessedDocument;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** The clean earlier and the OCR'd later version of the city-wide plan in the corpus line up district by district. */
class CorpusVersionAlignmentTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void cleanAndOcrVersionsAlignDistrictByDistrict() throws Exception {
        Manifest manifest = Manifest.load(CORPUS);
        DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
        Path older = CORPUS.resolve("socialforvaltningen-lup-plan-2017.txt");
        Path later = CORPUS.resolve("socialforvaltningen-lup-plan-2017-senare-ocr.txt");
        ProcessedDocument before = pipeline.process(older, manifest.lookup(older).orElseThrow());
        ProcessedDocument after = pipeline.process(later, manifest.lookup(later).orElseThrow());
        ChangeSet diff = PlanDiff.between(before.document(), before.records(), after.document(), after.records());

        Set<String> districtsInBoth = districts(before.records());
        districtsInBoth.retainAll(districts(after.records()));
        assertTrue(districtsInBoth.size() >= 7, "districts in both versions: " + districtsInBoth);
        // The later version is a shorter rewrite: a district it gives a real section (a handful of records) must pair.
        for (DistrictAlignment d : diff.districts()) {
            if (districtsInBoth.contains(d.district()) && d.newRecords() >= 5) {
                assertTrue(d.matched() > 0, () -> "nothing paired in " + d);
            }
        }

        // A theme both versions name alike (after OCR folding) is paired with itself, never listed as added or removed.
        Set<String> themesInBoth = themes(before.records());
        themesInBoth.retainAll(themes(after.records()));
        assertFalse(themesInBoth.isEmpty());
        List<Change> unpairedThemes = diff.changes().stream()
                .filter(c -> c.kind() == RecordKind.THEME && (c.type() == ChangeType.ADDED || c.type() == ChangeType.REMOVED))
                .filter(c -> themesInBoth.contains(c.district() + "|" + TextProfile.fold(c.title())))
                .toList();
        assertEquals(List.of(), unpairedThemes);
    }

    private static Set<String> districts(List<LupRecord> records) {
        return records.stream().map(LupRecord::district).filter(d -> d != null).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> themes(List<LupRecord> records) {
        return records.stream().filter(r -> r.kind() == RecordKind.THEME)
                .map(r -> r.district() + "|" + TextProfile.fold(r.title()))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
