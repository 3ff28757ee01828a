package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lup.corpus.DocumentInfo;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.pipeline.ProcessedDocument;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * One document of our own per genre (other districts, other wording than the corpus), run through the whole
 * pipeline, to show the rules are the genre's and not the seed files'.
 */
class GenreDocumentsTest {
    private static DocumentPipeline pipeline;

    @BeforeAll
    static void stages() {
        pipeline = new DocumentPipeline(PipelineStages.defaults());
    }

    private static ProcessedDocument process(String name, String title, String district, boolean ocr) throws Exception {
        Path file = Path.of("src/test/resources/segment", name);
        return pipeline.process(file, new DocumentInfo(name, title, null, district, 2019, "plan", ocr, null, null));
    }

    private static List<String> titles(ProcessedDocument doc, Predicate<LupRecord> filter) {
        return doc.records().stream().filter(filter).map(LupRecord::title).toList();
    }

    private static Predicate<LupRecord> kind(RecordKind kind, String district) {
        return r -> r.kind() == kind && (district == null || district.equals(r.district()));
    }

    @Test
    void cityWidePlanWithChaptersPerDistrict() throws Exception {
        ProcessedDocument doc = process("city-wide-plan.txt", "Kulturförvaltningens plan för stöd till "
                + "stadsdelsnämndernas lokala utvecklingsprogram 2019", null, false);
        assertEquals(List.of("Trygga offentliga miljöer", "Ungas fritid"), titles(doc, kind(RecordKind.THEME, "Bromma")));
        assertEquals(List.of("Hälsa", "Arbete och försörjning", "Läslust och bibliotek"), titles(doc, kind(RecordKind.THEME, "Farsta")));
        assertEquals(List.of("Riksby", "Ulvsunda"), titles(doc, kind(RecordKind.PRIORITY_AREA, null)));
        assertEquals(3, titles(doc, kind(RecordKind.MEASURE, "Bromma")).size());
        assertEquals(3, titles(doc, kind(RecordKind.MEASURE, "Farsta")).size());
        assertEquals(List.of("Kulturförvaltningen", "idrottsförvaltningen", "AB Svenska Bostäder", "polisen", "lokala föreningar"),
                titles(doc, kind(RecordKind.PARTNER, "Bromma")));
        assertEquals(4, titles(doc, kind(RecordKind.PARTNER, "Farsta")).size());
        LupRecord measure = doc.records().stream().filter(kind(RecordKind.MEASURE, "Farsta")).findFirst().orElseThrow();
        assertEquals("Hälsa", measure.theme());
        assertEquals(List.of("3 Åtgärder", "3.2 Farsta", "Hälsa"), measure.section());
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
    }

    @Test
    void ocrCityWidePlanWithInlineThemeLists() throws Exception {
        ProcessedDocument doc = process("city-wide-plan-ocr.txt", "Kulturförvaltningens plan för stöd till "
                + "stadsdelsnämndernas lokala utvecklingsprogram 2019 (senare version)", null, true);
        assertEquals(2, titles(doc, kind(RecordKind.THEME, "Bromma")).size());
        List<String> skarpnack = titles(doc, kind(RecordKind.THEME, "Skarpnäck"));
        assertEquals(3, skarpnack.size(), skarpnack.toString());
        assertTrue(ThemeNames.matchWhole("Läslust", skarpnack).isPresent(), skarpnack.toString());
        List<LupRecord> measures = doc.records().stream().filter(kind(RecordKind.MEASURE, null)).toList();
        assertTrue(measures.stream().anyMatch(m -> m.title().equals("Trygghetsvandringar") && "Bromma".equals(m.district())),
                measures.toString());
        assertTrue(measures.stream().anyMatch(m -> m.title().startsWith("Dans") && "Skarpnäck".equals(m.district())));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("read as 2.1")), doc.warnings().toString());
    }

    @Test
    void districtLupWithListedThemesMeasureHeadingsAndTypedPartners() throws Exception {
        ProcessedDocument doc = process("district-lup-ocr.txt", "Lokalt utvecklingsprogram för Skärholmens "
                + "stadsdelsnämndsområde", "Skärholmen", true);
        assertEquals(4, titles(doc, kind(RecordKind.THEME, "Skärholmen")).size());
        assertEquals(2, titles(doc, kind(RecordKind.PRIORITY_AREA, "Skärholmen")).size());
        assertEquals(3, titles(doc, kind(RecordKind.MEASURE, "Skärholmen")).size());
        List<LupRecord> partners = doc.records().stream().filter(kind(RecordKind.PARTNER, null)).toList();
        assertEquals(6, partners.size(), partners.toString());
        assertEquals(List.of("facknämnd", "facknämnd", "facknämnd", "stadsdelsnämnd", "bolag", "bolag"),
                partners.stream().map(LupRecord::partnerType).toList());
    }

    @Test
    void answerWithUnnumberedHeadings() throws Exception {
        ProcessedDocument doc = process("forvaltningens-svar.txt",
                "Förvaltningens svar på nämndens uppdrag om trygghet och fritid 2019", "Farsta", false);
        assertEquals(List.of("Fler vuxna i utemiljön", "Föreningsstöd", "Simskola för nyanlända barn"),
                titles(doc, kind(RecordKind.THEME, "Farsta")));
        List<String> measures = doc.records().stream().filter(kind(RecordKind.MEASURE, null)).map(LupRecord::text).toList();
        for (String answer : List.of("Förvaltningen har anställt", "Förvaltningen kommer att föreslå", "Förvaltningen planerar")) {
            assertTrue(measures.stream().anyMatch(m -> m.startsWith(answer)), answer + " in " + measures);
        }
        assertTrue(measures.stream().noneMatch(m -> m.startsWith("Nämnden")), measures.toString());
        assertTrue(doc.records().stream().filter(kind(RecordKind.CONTEXT, null))
                .anyMatch(r -> r.text().startsWith("Nämnden önskar")), "the nämnd's request is context");
    }

    @Test
    void verksamhetsplanGoalsTablesAndAPageBreakInsideARow() throws Exception {
        ProcessedDocument doc = process("verksamhetsplan.txt", "Verksamhetsplan 2023 för Skarpnäcks stadsdelsnämnd",
                "Skarpnäck", false);
        assertEquals(List.of("Trygghet", "Tidiga insatser", "Klimat"), titles(doc, kind(RecordKind.THEME, null)));
        List<LupRecord> goals = doc.records().stream().filter(kind(RecordKind.GOAL, null)).toList();
        assertEquals(List.of("kf_inriktningsmal", "kf_verksamhetsomradesmal", "namndmal", "namndmal"),
                goals.stream().map(LupRecord::level).toList());
        List<LupRecord> indicators = doc.records().stream().filter(kind(RecordKind.INDICATOR, null)).toList();
        assertEquals(2, indicators.size());
        assertEquals(12.0, indicators.get(1).values().targetNumber());
        assertEquals("st", indicators.get(1).values().unit());
        List<LupRecord> activities = doc.records().stream().filter(kind(RecordKind.ACTIVITY, null)).toList();
        assertEquals(3, activities.size(), activities.toString());
        assertTrue(activities.get(0).title().endsWith("polisen och fastighetsägarna"), activities.get(0).title());
        assertEquals(LocalDate.of(2023, 10, 31), activities.get(1).endDate());
        assertEquals(List.of("En stad för alla", "Stockholm är en trygg stad", "Barn och familjer får stöd tidigt"),
                activities.get(2).goal());
        assertEquals(3, titles(doc, kind(RecordKind.EXPECTED_RESULT, null)).size());
        assertEquals(List.of("Platssamverkan i Bagarmossen"), titles(doc, kind(RecordKind.MEASURE, null)));
        assertTrue(doc.records().stream().filter(kind(RecordKind.CONTEXT, null))
                .anyMatch(r -> r.section().equals(List.of("Ekonomi")) && r.goal() == null), "Ekonomi is a chapter of its own");
    }
}
