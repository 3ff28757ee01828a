package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.lup.config.Json;
import se.lup.config.LupHome;
import se.lup.config.PipelineFiles;
import se.lup.corpus.DocumentSource;
import se.lup.corpus.SourceDocument;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.pipeline.ProcessedDocument;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** Every corpus document segments to the structure recorded in pipeline/regression/segmentation.json. */
class CorpusSegmentationTest {
    private static final Map<String, ProcessedDocument> PROCESSED = new HashMap<>();
    private static JsonNode expected;

    @BeforeAll
    static void segmentCorpus() throws Exception {
        try (InputStream in = PipelineFiles.open("regression/segmentation.json")) {
            expected = Json.MAPPER.readTree(in).path("documents");
        }
        DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
        for (SourceDocument doc : DocumentSource.defaults().list(LupHome.corpus())) {
            PROCESSED.put(doc.file().getFileName().toString(), pipeline.process(doc.file(), doc.info()));
        }
    }

    @TestFactory
    List<DynamicTest> everyCorpusDocumentHasItsExpectedStructure() {
        List<DynamicTest> tests = new ArrayList<>();
        expected.fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue()))));
        assertEquals(PROCESSED.size(), tests.size(), "every corpus document needs an entry in segmentation.json");
        return tests;
    }

    private static void check(String file, JsonNode want) {
        ProcessedDocument doc = PROCESSED.get(file);
        assertNotNull(doc, file + " is not in the corpus");
        List<LupRecord> records = doc.records();
        want.path("kinds").fields().forEachRemaining(k -> assertEquals(k.getValue().asInt(),
                count(records, r -> r.kind() == RecordKind.parse(k.getKey())), file + ": " + k.getKey() + " records"));
        want.path("districts").fields().forEachRemaining(d -> d.getValue().fields().forEachRemaining(k ->
                assertEquals(k.getValue().asInt(), count(records, r -> d.getKey().equals(r.district())
                        && r.kind() == RecordKind.parse(k.getKey())), file + ": " + d.getKey() + " " + k.getKey())));
        want.path("themes").fields().forEachRemaining(d -> {
            List<String> found = records.stream()
                    .filter(r -> r.kind() == RecordKind.THEME && d.getKey().equals(r.district()))
                    .map(LupRecord::title).toList();
            d.getValue().forEach(name -> assertTrue(ThemeNames.matchWhole(name.asText(), found).isPresent(),
                    file + ": " + d.getKey() + " theme \"" + name.asText() + "\" not among " + found));
        });
        want.path("goal_levels").fields().forEachRemaining(l -> assertEquals(l.getValue().asInt(),
                count(records, r -> r.kind() == RecordKind.GOAL && l.getKey().equals(r.level())), file + ": " + l.getKey()));
        want.path("partner_types").fields().forEachRemaining(t -> assertEquals(t.getValue().asInt(),
                count(records, r -> r.kind() == RecordKind.PARTNER && t.getKey().equals(r.partnerType())), file + ": " + t.getKey()));
        assertTrue(doc.warnings().size() <= want.path("max_warnings").asInt(), file + ": warnings " + doc.warnings());
        assertAll(file + ": kind-specific fields",
                () -> assertTrue(records.stream().filter(r -> r.kind() == RecordKind.ACTIVITY)
                        .allMatch(r -> r.startDate() != null && r.endDate() != null && r.goal() != null), "activities with dates and goal"),
                () -> assertTrue(records.stream().filter(r -> r.kind() == RecordKind.INDICATOR)
                        .allMatch(r -> r.values() != null && r.goal() != null && (r.values().target() != null
                                || r.values().cityTarget() != null)), "indicators with values (one has only the city's target)"),
                () -> assertTrue(records.stream().filter(r -> r.kind() == RecordKind.PARTNER)
                        .noneMatch(r -> r.title().isBlank()), "partners named"),
                () -> assertEquals(records.size(), records.stream().map(LupRecord::id).distinct().count(), "unique ids"));
    }

    private static long count(List<LupRecord> records, Predicate<LupRecord> filter) {
        return records.stream().filter(filter).count();
    }
}
