package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.clean.CleanDocument;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** Records cut from part of a block span only their own text within it. */
class PartSpanTest {
    private static final SegmenterConfig CONFIG = SegmenterConfig.load();
    private static final DocumentRef DOC = new DocumentRef("plan", "plan.txt", "Lokal plan", "Enskede-Årsta-Vantör", 2019,
            "plan", 1);

    private static List<LupRecord> segment(CleanDocument doc) {
        return new RuleSegmenter(CONFIG).segment(DOC, null, doc).records();
    }

    private static void assertOwnSpan(CleanDocument doc, LupRecord record) {
        assertEquals(record.rawText(), doc.text().substring(record.span().start(), record.span().end()), record.toString());
    }

    @Test
    void priorityAreasAndSplitParagraphsSpanTheirSentence() {
        CleanDocument doc = BlockScript.parse("""
                # 3 Geografiska prioriteringar
                # 3.1 Enskede-Årsta-Vantör
                Stadsdelen har vuxit snabbt. Rågsved och Östberga är prioriterade områden.
                # 4 Prioriterade åtgärder
                # 4.1 Enskede-Årsta-Vantör
                Nämnden efterfrågar fler sommarjobb. Förvaltningen kommer att erbjuda 200 platser.
                """);
        List<LupRecord> records = segment(doc);
        List<LupRecord> areas = records.stream().filter(r -> r.kind() == RecordKind.PRIORITY_AREA).toList();
        assertEquals(List.of("Rågsved", "Östberga"), areas.stream().map(LupRecord::title).toList());
        areas.forEach(a -> {
            assertEquals("Rågsved och Östberga är prioriterade områden.", a.rawText());
            assertOwnSpan(doc, a);
        });
        LupRecord request = records.stream().filter(r -> r.text().startsWith("Nämnden efterfrågar")).findFirst().orElseThrow();
        LupRecord answer = records.stream().filter(r -> r.kind() == RecordKind.MEASURE).findFirst().orElseThrow();
        assertEquals(RecordKind.CONTEXT, request.kind());
        assertEquals("Förvaltningen kommer att erbjuda 200 platser.", answer.rawText());
        assertOwnSpan(doc, request);
        assertOwnSpan(doc, answer);
        assertEquals(request.span().end() + 1, answer.span().start());
    }

    @Test
    void aPartnerInRepairedTextSpansItsGarbledRawReading() {
        String raw = "Forvaltningen ska tillsammans med Arbetsformedlingen och polisen starta ett jobbtorg.";
        String repaired = "Förvaltningen ska tillsammans med Arbetsförmedlingen och polisen starta ett jobbtorg.";
        String heading = "4.1 Enskede-Arsta-Vantor";
        String text = "4 Prioriterade åtgärder\n" + heading + "\n" + raw + "\n";
        int paragraphStart = text.indexOf(raw);
        List<Block> blocks = List.of(
                new Block(BlockType.HEADING, "4 Prioriterade åtgärder", "4 Prioriterade åtgärder", 1, 0, 23, List.of()),
                new Block(BlockType.HEADING, "4.1 Enskede-Årsta-Vantör", heading, 1, 24, 24 + heading.length(), List.of()),
                new Block(BlockType.PARAGRAPH, repaired, raw, 1, paragraphStart, paragraphStart + raw.length(), List.of()));
        CleanDocument doc = new CleanDocument(Path.of("plan.txt"), text, blocks, 1, 1);
        List<LupRecord> partners = segment(doc).stream().filter(r -> r.kind() == RecordKind.PARTNER).toList();
        assertEquals(List.of("Arbetsförmedlingen", "polisen"), partners.stream().map(LupRecord::title).toList());
        assertEquals("Arbetsformedlingen", partners.get(0).rawText());
        partners.forEach(p -> assertOwnSpan(doc, p));
    }

    @Test
    void aMeasureParagraphListingClausesAfterAColonIsOneMeasurePerClause() {
        CleanDocument doc = BlockScript.parse("""
                # 4 Prioriterade åtgärder
                # 4.1 Enskede-Årsta-Vantör
                Förvaltningen ska under året: anordna fler nattvandringar i centrum; rusta upp belysningen vid skolan; starta en ungdomsgård i Årsta.
                Förvaltningen ska: utreda behovet av fler fältassistenter; följa upp arbetet.
                Förvaltningen ska ordna sommarläger; dagkollo; idrottsskola.
                """);
        List<LupRecord> records = segment(doc);
        Block list = doc.blocks().get(2);
        List<LupRecord> listed = records.stream()
                .filter(r -> r.span().start() >= list.start() && r.span().end() <= list.end()).toList();
        assertEquals(List.of(RecordKind.CONTEXT, RecordKind.MEASURE, RecordKind.MEASURE, RecordKind.MEASURE),
                listed.stream().map(LupRecord::kind).toList());
        assertEquals(List.of("Förvaltningen ska under året:", "anordna fler nattvandringar i centrum",
                "rusta upp belysningen vid skolan", "starta en ungdomsgård i Årsta"), listed.stream().map(LupRecord::text).toList());
        listed.forEach(r -> assertOwnSpan(doc, r));
        // Two clauses, or items without a colon, are not clearly a list: each paragraph stays one measure.
        assertEquals(List.of("Förvaltningen ska: utreda behovet av fler fältassistenter; följa upp arbetet.",
                "Förvaltningen ska ordna sommarläger; dagkollo; idrottsskola."), records.stream()
                .filter(r -> r.kind() == RecordKind.MEASURE && r.span().start() >= list.end()).map(LupRecord::text).toList());
    }
}
