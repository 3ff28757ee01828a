package se.lup.export;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.config.Json;
import se.lup.config.LupHome;
import se.lup.corpus.DocumentSource;
import se.lup.corpus.SourceDocument;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** Exports of real corpus records (a clean verksamhetsplan, an OCR'd LUP and an OCR'd plan version) validate and round-trip. */
class RecordExportTest {
    private static final List<String> FILES = List.of("spanga-tensta-verksamhetsplan-2022.txt",
            "rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt", "socialforvaltningen-lup-plan-2017-senare-ocr.txt");
    private static List<LupRecord> records;

    @BeforeAll
    static void segment() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
        records = new ArrayList<>();
        for (SourceDocument doc : DocumentSource.defaults().list(LupHome.corpus())) {
            if (FILES.contains(doc.file().getFileName().toString())) {
                records.addAll(pipeline.process(doc.file(), doc.info()).records());
            }
        }
        assertTrue(records.stream().map(LupRecord::kind).distinct().count() >= 8, "records of most kinds");
    }

    @Test
    void everyExportedRecordValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/schema/lup-record.schema.json"));
        StringWriter jsonl = new StringWriter();
        RecordWriter.write(records, RecordFormat.JSONL, jsonl);
        List<String> lines = jsonl.toString().lines().toList();
        assertEquals(records.size(), lines.size());
        for (String line : lines) {
            Set<ValidationMessage> errors = schema.validate(Json.MAPPER.readTree(line));
            assertTrue(errors.isEmpty(), errors + " in " + line);
        }
        StringWriter json = new StringWriter();
        RecordWriter.write(records, RecordFormat.JSON, json);
        JsonNode array = Json.MAPPER.readTree(json.toString());
        assertEquals(records.size(), array.size());
        assertTrue(schema.validate(array.get(0)).isEmpty());
    }

    @Test
    void schemaRejectsARecordWithoutItsKindSpecificFields() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/schema/lup-record.schema.json"));
        LupRecord activity = records.stream().filter(r -> r.kind() == RecordKind.ACTIVITY).findFirst().orElseThrow();
        LupRecord undated = new LupRecord(activity.id(), activity.kind(), activity.district(), activity.theme(),
                activity.themeCategories(), activity.title(), activity.text(), activity.rawText(), activity.document(),
                activity.section(), activity.page(), activity.span(), null, null, null, null, null, null, activity.goal());
        assertFalse(schema.validate(Json.MAPPER.valueToTree(undated)).isEmpty());
    }

    @Test
    void csvIsForSwedishExcelAndRoundTrips() throws Exception {
        StringWriter csv = new StringWriter();
        RecordWriter.write(records, RecordFormat.CSV, csv);
        String text = csv.toString();
        assertEquals(CsvRecords.BOM, text.charAt(0), "UTF-8 byte order mark first");
        assertTrue(text.lines().findFirst().orElseThrow().startsWith(CsvRecords.BOM + "id;kind;district;theme;"));
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > text.length(), "å/ä/ö written as UTF-8");
        List<LupRecord> back = CsvRecords.read(new StringReader(text));
        assertEquals(records, back);
    }
}
