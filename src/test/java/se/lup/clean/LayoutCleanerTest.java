package se.lup.clean;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.Page;

/** Each cleanup rule on small made-up texts of the genre. */
class LayoutCleanerTest {
    private static final LayoutCleaner CLEANER = new LayoutCleaner();

    static CleanDocument clean(String... pages) {
        List<Page> list = Stream.iterate(0, i -> i + 1).limit(pages.length).map(i -> new Page(i + 1, pages[i], false)).toList();
        return CLEANER.clean(new ExtractedDocument(Path.of("test.txt"), "text/plain", list));
    }

    static List<Block> ofType(CleanDocument doc, BlockType type) {
        return doc.blocks().stream().filter(b -> b.type() == type).toList();
    }

    static Block blockContaining(CleanDocument doc, String text) {
        return doc.blocks().stream().filter(b -> b.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no block contains '" + text + "' in:\n" + doc.text()));
    }

    @Test
    void joinsHardWrappedLinesOfAParagraph() {
        CleanDocument doc = clean("""
                Under året ska stadsdelsnämnden tillsammans med civilsamhället och
                bostadsbolagen utveckla nya mötesplatser för unga i stadsdelsområdet.
                Arbetet följs upp i tertialrapporterna och i verksamhetsberättelsen
                för året.

                Nästa stycke handlar om något annat och står för sig självt här.
                """);
        List<Block> paragraphs = ofType(doc, BlockType.PARAGRAPH);
        assertEquals(2, paragraphs.size(), doc.text());
        assertTrue(paragraphs.get(0).text().contains("civilsamhället och bostadsbolagen utveckla"));
        assertTrue(paragraphs.get(0).text().endsWith("verksamhetsberättelsen för året."));
    }

    @Test
    void doubleSpacedLinesAreJoinedWhileHeadingsAndParagraphBreaksStay() {
        CleanDocument doc = clean("""
                3.4 Farsta \n
                Fagersjö och Hökarängen är prioriterade områden. Nämnden arbetar \n
                tillsammans med föreningar och skolor i båda stadsdelarna under \n
                hela året. \n
                Stadsdelsnämnden arbetar utifrån två prioriterade teman \n
                Trygghet och trivsel \n
                Tryggheten i stadsdelarna ska öka genom fler vuxna ute på kvällar \n
                och helger samt bättre belysning på gångvägar och i parker. \n
                """);
        assertEquals(List.of("3.4 Farsta", "Trygghet och trivsel"), ofType(doc, BlockType.HEADING).stream().map(Block::text).toList());
        assertEquals("Fagersjö och Hökarängen är prioriterade områden. Nämnden arbetar tillsammans med föreningar och "
                + "skolor i båda stadsdelarna under hela året.", doc.blocks().get(1).text());
        assertEquals("Stadsdelsnämnden arbetar utifrån två prioriterade teman", doc.blocks().get(2).text());
        assertEquals(BlockType.PARAGRAPH, doc.blocks().get(2).type());
        assertTrue(doc.blocks().get(4).text().startsWith("Tryggheten i stadsdelarna ska öka genom fler vuxna ute på kvällar och helger"));
    }

    @Test
    void wordBreakHyphensAreRemovedButRealHyphensKept() {
        CleanDocument doc = clean("""
                Alla stadsdelar ska utvecklas utifrån sina egna förutsätt-
                ningar, och arbetet i Rinkeby-
                Kista och i Enskede-Årsta-
                Vantör samordnas med barn-
                och ungdomsverksamheten, kultur- och idrottsförvaltningen och
                LUP-
                arbetet under perioden 2015-
                2017 av förvaltningen.
                """);
        String text = doc.blocks().get(0).text();
        assertTrue(text.contains("egna förutsättningar,"), text);
        assertTrue(text.contains("i Rinkeby-Kista och i Enskede-Årsta-Vantör samordnas"), text);
        assertTrue(text.contains("med barn- och ungdomsverksamheten, kultur- och idrottsförvaltningen och LUP-arbetet"), text);
        assertTrue(text.contains("perioden 2015-2017 av"), text);
    }

    @Test
    void pageLabelsAndRunningTitlesInATextFileAreDroppedAndNumberPages() {
        CleanDocument doc = clean("""
                 1 Inledning

                Stadsdelsnämnden har tagit fram ett lokalt utvecklingsprogram för
                stadsdelsområdet. Det som inte



                Lokalt utvecklingsprogram för Farsta stadsdelsnämndsområde
                7 (12)

                fungerar ska förändras eller i förekommande fall avvecklas.

                 Sida 8 (12)

                Lokala utvecklingsplaner 2017

                2 Genomförande

                Arbetet leds av förvaltningsledningen.
                """);
        assertFalse(doc.text().contains("(12)"), doc.text());
        assertFalse(doc.text().contains("stadsdelsnämndsområde"), doc.text());
        assertFalse(doc.text().contains("Lokala utvecklingsplaner"), doc.text());
        Block joined = blockContaining(doc, "Det som inte fungerar ska förändras");
        assertEquals(6, joined.page(), "the page before the one labelled 7");
        assertEquals(8, blockContaining(doc, "2 Genomförande").page());
        assertEquals(8, doc.pageCount());
    }

    @Test
    void aLineOpeningWithOneSpaceAfterTextStartsANewPage() {
        CleanDocument doc = clean("""
                Första sidans text slutar här mitt i en mening som fortsätter på
                 nästa sida utan att stycket bryts av sidbrytningen i filen.

                Ett nytt stycke.
                """);
        assertEquals(1, doc.blocks().get(0).page());
        assertTrue(doc.blocks().get(0).text().contains("fortsätter på nästa sida"));
        assertEquals(2, doc.blocks().get(1).page());
    }

    @Test
    void repeatedHeadersAndPageNumbersOnFormFeedPagesAreDropped() {
        String[] topics = {"mål", "aktiviteter", "indikatorer", "ekonomi"};
        String[] pages = new String[topics.length];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = "Verksamhetsplan 2022 för Farsta stadsdelsnämnd\n\nTexten på sidan " + (i + 1)
                    + " handlar om nämndens " + topics[i] + ".\n\nSida " + (i + 1) + " av 4\n";
        }
        CleanDocument doc = clean(pages);
        assertFalse(doc.text().contains("Verksamhetsplan 2022"), doc.text());
        assertFalse(doc.text().contains("av 4"), doc.text());
        assertEquals(4, doc.blocks().size());
        assertEquals(3, blockContaining(doc, "sidan 3").page());
        assertEquals(4, doc.pageCount());
    }

    @Test
    void tableOfContentsEntriesAreMarked() {
        CleanDocument doc = clean("""
                Innehållsförteckning

                Inledning\t4
                Konsekvenser av pandemin..........\t5
                Trygghet och säkerhet ............ 12

                Inledning

                Nämnden fortsätter att fokusera på fem områden.
                """);
        List<Block> toc = ofType(doc, BlockType.TOC);
        assertEquals(3, toc.size(), doc.text());
        assertEquals(List.of("Konsekvenser av pandemin", "5"), toc.get(1).cells());
        assertEquals(List.of("Trygghet och säkerhet", "12"), toc.get(2).cells());
        assertEquals(BlockType.HEADING, blockContaining(doc, "Innehållsförteckning").type());
        assertEquals(BlockType.PARAGRAPH, blockContaining(doc, "fem områden").type());
    }

    @Test
    void bulletsIncludingOcrReadingsBecomeListItems() {
        CleanDocument doc = clean("""
                En lokal digital plattform möjliggör ett antal saker:
                e Fler verktyg och kanaler i invånardialogerna
                * Gemensamt system för schemaläggning och bokning
                av alla typer av lokala aktiviteter
                o Lokal områdesutveckling
                • Samverkan med fler lokala innehållsskapare
                – Nattvandringar i centrum
                - Medverka i stadsdelsnämndernas lokala utvecklingsarbete
                \uF0B7 Skärholmen
                """);
        List<String> items = ofType(doc, BlockType.LIST_ITEM).stream().map(Block::text).toList();
        assertEquals(List.of("Fler verktyg och kanaler i invånardialogerna",
                "Gemensamt system för schemaläggning och bokning av alla typer av lokala aktiviteter",
                "Lokal områdesutveckling", "Samverkan med fler lokala innehållsskapare", "Nattvandringar i centrum",
                "Medverka i stadsdelsnämndernas lokala utvecklingsarbete", "Skärholmen"), items);
    }

    @Test
    void tabSeparatedRowsStayRowsAndARowSplitByAPageBreakIsMerged() {
        CleanDocument doc = clean("""
                Aktivitet\tStartdatum\tSlutdatum
                 Utveckla samverkan med föreningar\t2022-01-01\t2022-12-31
                 Bostadsförmedlingen ska följa upp genomförda åtgärder för\t2022-01-01\t2022-06-30



                Aktivitet\tStartdatum\tSlutdatum
                att säkerställa att personer får tillgång till det\t\t
                Ta fram en plan för feriejobb\t2022-02-01\t2022-05-31
                """);
        List<Block> rows = ofType(doc, BlockType.TABLE_ROW);
        assertEquals(4, rows.size(), doc.text());
        assertEquals(List.of("Aktivitet", "Startdatum", "Slutdatum"), rows.get(0).cells());
        assertEquals(List.of("Bostadsförmedlingen ska följa upp genomförda åtgärder för att säkerställa att personer får tillgång till det",
                "2022-01-01", "2022-06-30"), rows.get(2).cells());
        assertEquals("Ta fram en plan för feriejobb", rows.get(3).cells().get(0));
    }

    @Test
    void numberedAndUnnumberedHeadingsAreFound() {
        CleanDocument doc = clean("""
                2.Nulagesanalys

                Bakgrund

                Bilden av stadsdelsområdet domineras av en problemsyn kopplad till
                segregation och kriminalitet. Det överskuggar den utvecklingskraft
                som också finns.

                3.Geografiskaltematiska priori-
                teringar

                Tematiska prioriteringar
                I tertialrapport 1 redovisade nämnden tre prioriterade teman.

                4.1 Rinkeby-Kista

                Stadsdelsnämnden arbetar utifrån tre prioriterade teman.
                """);
        assertEquals(List.of("2.Nulagesanalys", "Bakgrund", "3.Geografiskaltematiska prioriteringar", "Tematiska prioriteringar",
                "4.1 Rinkeby-Kista"), ofType(doc, BlockType.HEADING).stream().map(Block::text).toList());
    }

    @Test
    void aNumberedRunIsAListNotHeadings() {
        CleanDocument doc = clean("""
                1.Inledning

                Riktlinjerna kan sammanfattas på följande sätt.

                1. Lokalt utvecklingsarbete ska utgå från ett medborgarperspektiv
                med stadsdelsnämnderna som nav

                2. Resurser ska styras till områden med störst behov

                3. Uppföljningen av det lokala arbetet ska fördjupas
                """);
        assertEquals(List.of("1.Inledning"), ofType(doc, BlockType.HEADING).stream().map(Block::text).toList());
        assertEquals(3, ofType(doc, BlockType.LIST_ITEM).size());
    }

    @Test
    void offsetsPointIntoTheCleanedText() {
        CleanDocument doc = clean("Rubrik\n\nEtt stycke text.\n\n• punkt ett\n• punkt två\n\nA\tB\n1\t2\n");
        for (Block b : doc.blocks()) {
            assertEquals(b.text(), doc.text().substring(b.start(), b.end()));
        }
    }
}
