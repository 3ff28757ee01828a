package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

class RuleSegmenterTest {
    private static final SegmenterConfig CONFIG = SegmenterConfig.load();
    private static final DocumentRef DOC = new DocumentRef("test-plan", "test-plan.txt", "Plan för lokalt utvecklingsarbete",
            "Socialförvaltningen", 2018, "plan", 1);

    private static Segmentation segment(String script, String district) {
        return new RuleSegmenter(CONFIG).segment(DOC, district, BlockScript.parse(script));
    }

    private static List<LupRecord> ofKind(Segmentation s, RecordKind kind) {
        return s.records().stream().filter(r -> r.kind() == kind).toList();
    }

    private static List<String> titles(Segmentation s, RecordKind kind) {
        return ofKind(s, kind).stream().map(LupRecord::title).toList();
    }

    @Test
    void cityWidePlanDeclaredThemesThenMeasuresAndPartnersPerDistrict() {
        Segmentation s = segment("""
                # 3 Stadsdelarnas geografiska och tematiska prioriteringar
                # 3.1 Farsta
                Fagersjö och Hökarängen är prioriterade områden.
                Stadsdelsnämnden arbetar utifrån två prioriterade teman
                # Hälsa
                Andelen fysisk aktivitet ska öka.
                Förbättra trygghet i centrum.
                Tryggheten i Fagersjö ska vara jämförbar med det övriga stadsdelsområdet.
                # 4 Prioriterade åtgärder
                # 4.1 Farsta
                # Hälsa
                Stadsdelsnämnden ska samarbeta med lokala idrottsföreningar.
                Det ska genomföras en idrottstävling per år.
                # Trygghet i centrum
                Utveckla samarbetet med polisen rörande ungdomar i riskzon.
                # 5 Genomförande
                # 5.1 Farsta
                I det lokala utvecklingsprogrammet har stadsdelsnämnden intentioner att samverka med: Idrottsförvaltningen, AB Svenska bostäder, Föreningar för barn och unga, polisen och Röda Korset.
                """, null);
        assertEquals(List.of("Hälsa", "Förbättra trygghet i centrum"), titles(s, RecordKind.THEME));
        assertEquals(List.of("Fagersjö", "Hökarängen"), titles(s, RecordKind.PRIORITY_AREA));
        List<LupRecord> measures = ofKind(s, RecordKind.MEASURE);
        assertEquals(3, measures.size());
        assertEquals("Trygghet i centrum", measures.get(2).theme());
        assertTrue(measures.stream().allMatch(m -> "Farsta".equals(m.district())));
        assertEquals(List.of("4 Prioriterade åtgärder", "4.1 Farsta", "Hälsa"), measures.get(0).section());
        assertEquals(List.of("Hälsa"), measures.get(0).themeCategories());
        List<LupRecord> partners = ofKind(s, RecordKind.PARTNER);
        assertEquals(List.of("Idrottsförvaltningen", "AB Svenska bostäder", "Föreningar för barn och unga", "polisen",
                "Röda Korset"), partners.stream().map(LupRecord::title).toList());
        assertEquals(List.of("facknämnd", "bolag", "civilsamhälle", "myndighet", "civilsamhälle"),
                partners.stream().map(LupRecord::partnerType).toList());
        assertTrue(s.warnings().isEmpty(), s.warnings().toString());
    }

    @Test
    void warnsWhenFewerThemesThanDeclared() {
        Segmentation s = segment("""
                # 3 Tematiska prioriteringar
                # 3.1 Bromma
                Stadsdelsnämnden arbetar utifrån tre prioriterade teman
                # Demokrati och insyn
                Medborgardialog ska användas.
                # 3.2 Kungsholmen
                """, null);
        assertEquals(1, ofKind(s, RecordKind.THEME).size());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("declares 3 themes, found 1")), s.warnings().toString());
    }

    @Test
    void garbledHeadingsAndInlineThemeList() {
        Segmentation s = segment("""
                # 3 Socialforvaltningens planerade aktiviteter
                # 3.1 Skiarholmen
                Skérholmens stadsdelsforvaltning har identifierat fyra tematiska omraden. Uppvixtvillkor, Arbete och forsérjning, Kultur och idrott samt Boende och stadsmiljé.
                # Uppvdxtvillkor och utbildning
                # Starta familjecentral
                I Skédrholmen arbetar de med uppbyggandet av en familjecentralsliknande verksamhet.
                # 3.2 Farsta
                # 21 Mal
                """, null);
        assertEquals(List.of("Uppvixtvillkor", "Arbete och forsérjning", "Kultur och idrott", "Boende och stadsmiljé"),
                titles(s, RecordKind.THEME));
        LupRecord measure = ofKind(s, RecordKind.MEASURE).get(0);
        assertEquals("Starta familjecentral", measure.title());
        assertEquals("Uppvdxtvillkor och utbildning", measure.theme());
        assertEquals("Skärholmen", measure.district());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("out of sequence")), s.warnings().toString());
    }

    @Test
    void verksamhetsplanGoalsTablesAndExpectedResults() {
        Segmentation s = segment("""
                toc: Inledning 3
                # Inledning
                Nämnden fortsätter att fokusera på två områden där särskilda åtgärder ska vidtas
                Trygghet - trygghet för invånare är en förutsättning.
                Miljö och klimat - insatser görs i alla verksamheter.
                # KF:s inriktningsmål: 1. En modern storstad
                # KF:s mål för verksamhetsområdet: 1.1 I Stockholm är människor självförsörjande
                # Nämndmål: Invånare är etablerade i samhället
                # Beskrivning
                Nämnden ska erbjuda samhällsvägledning.
                # Samhällsvägledning
                Nämnden ska erbjuda etableringsinsatser.
                # Förväntat resultat
                - Fler invånare får tillgång till samhällsvägledning
                | Indikator | Årsmål | KF:s årsmål | Periodicitet
                | Andel nyanlända som får erbjudande | 85,5 % | | Tertial
                | Antal vräkningar | 0 | Tas fram av nämnd | År
                | Aktivitet | Startdatum | Slutdatum
                | Stärka samverkan med SHIS gällande | 2022-01-01 | 2022-12-31
                \\f
                | Aktivitet | Startdatum | Slutdatum
                | bostadsvägledning för nyanlända | |
                | Implementera lärdomar | 2022-02-01 | 2022-06-30
                """, "Spånga-Tensta");
        assertEquals(List.of("Trygghet", "Miljö och klimat"), titles(s, RecordKind.THEME));
        List<LupRecord> goals = ofKind(s, RecordKind.GOAL);
        assertEquals(List.of("kf_inriktningsmal", "kf_verksamhetsomradesmal", "namndmal"),
                goals.stream().map(LupRecord::level).toList());
        assertEquals("1.1", goals.get(1).number());
        List<String> path = List.of("En modern storstad", "I Stockholm är människor självförsörjande",
                "Invånare är etablerade i samhället");
        assertEquals(path, goals.get(2).goal());
        List<LupRecord> indicators = ofKind(s, RecordKind.INDICATOR);
        assertEquals(2, indicators.size());
        assertEquals(85.5, indicators.get(0).values().targetNumber());
        assertEquals("%", indicators.get(0).values().unit());
        assertEquals("Tas fram av nämnd", indicators.get(1).values().cityTarget());
        assertEquals(path, indicators.get(0).goal());
        List<LupRecord> activities = ofKind(s, RecordKind.ACTIVITY);
        assertEquals(2, activities.size());
        assertEquals("Stärka samverkan med SHIS gällande bostadsvägledning för nyanlända", activities.get(0).title());
        assertEquals(LocalDate.of(2022, 12, 31), activities.get(0).endDate());
        assertEquals(1, ofKind(s, RecordKind.EXPECTED_RESULT).size());
        assertEquals(List.of("Samhällsvägledning"), titles(s, RecordKind.MEASURE));
        assertEquals("Spånga-Tensta", activities.get(1).district());
    }

    @Test
    void answerWithUnnumberedHeadingsTreatsHeadingsAsThemes() {
        Segmentation s = segment("""
                # Plan för lokalt utvecklingsarbete
                # Trygga utemiljöer
                Nämnden efterfrågar fler vuxna i utemiljön.
                Förvaltningen kommer att anställa trygghetsvärdar under hösten.
                # Arbete och självförsörjning
                Under 2018 skapar förvaltningen 300 feriearbeten.
                """, "Farsta");
        assertEquals(List.of("Trygga utemiljöer", "Arbete och självförsörjning"), titles(s, RecordKind.THEME));
        assertEquals(2, ofKind(s, RecordKind.MEASURE).size());
        assertEquals(1, ofKind(s, RecordKind.CONTEXT).size());
    }

    @Test
    void themeChapterWithoutDeclarationTakesItsHeadingsAsThemes() {
        Segmentation s = segment("""
                # 2 Prioriterade teman
                # 2.1 Trygghet i vardagen
                Invånarna ska känna sig trygga.
                # 2.2 Barn och ungas hälsa
                Fler barn ska röra sig varje dag.
                # 3 Åtgärder
                # Trygghet i vardagen
                Stadsdelsnämnden ska anställa trygghetsvärdar.
                """, "Skarpnäck");
        assertEquals(List.of("Trygghet i vardagen", "Barn och ungas hälsa"), titles(s, RecordKind.THEME));
        assertEquals("Invånarna ska känna sig trygga.", ofKind(s, RecordKind.THEME).get(0).text());
        assertEquals(List.of("Trygghet"), ofKind(s, RecordKind.THEME).get(0).themeCategories());
        assertEquals("Trygghet i vardagen", ofKind(s, RecordKind.MEASURE).get(0).theme());
    }

    @Test
    void idsAreStableAndDistinct() {
        String script = """
                # 4 Prioriterade åtgärder
                # 4.1 Farsta
                Stadsdelsnämnden ska starta en familjecentral.
                Stadsdelsnämnden ska starta en familjecentral.
                """;
        List<String> first = segment(script, null).records().stream().map(LupRecord::id).toList();
        List<String> second = segment(script, null).records().stream().map(LupRecord::id).toList();
        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count());
    }
}
