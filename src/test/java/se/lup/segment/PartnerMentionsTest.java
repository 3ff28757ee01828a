package se.lup.segment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lup.clean.CleanDocument;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/** Partners named in running text, not in a "samverka med:" list. */
class PartnerMentionsTest {
    private static final SegmenterConfig CONFIG = SegmenterConfig.load();
    private static final PartnerMentions MENTIONS = new PartnerMentions(CONFIG.cues(), CONFIG.gazetteer());
    private static final DocumentRef DOC = new DocumentRef("vp", "vp.txt", "Verksamhetsplan 2024", "Farsta stadsdelsnämnd",
            2024, "verksamhetsplan", 1);

    private static List<String> names(String sentence) {
        return MENTIONS.find(sentence).stream().map(PartnerMentions.Mention::name).toList();
    }

    private static List<String> types(String sentence) {
        return MENTIONS.find(sentence).stream().map(PartnerMentions.Mention::type).toList();
    }

    @Test
    void readsAnEnumerationAfterTheCueAndClassifiesEachOrganisation() {
        String sentence = "Förvaltningen driver sommarlovsaktiviteter i samverkan med idrottsförvaltningen, Skarpnäcks "
                + "stadsdelsförvaltning, AB Stockholmshem, Försäkringskassan och Röda korset under juli.";
        assertEquals(List.of("idrottsförvaltningen", "Skarpnäcks stadsdelsförvaltning", "AB Stockholmshem",
                "Försäkringskassan", "Röda korset"), names(sentence));
        assertEquals(List.of("facknämnd", "stadsdelsnämnd", "bolag", "myndighet", "civilsamhälle"), types(sentence));
    }

    @Test
    void eachCueWordingIsRead() {
        assertEquals(List.of("Fryshuset"), names("Tillsammans med Fryshuset startas en nattvandring i Farsta."));
        assertEquals(List.of("trafikkontoret"), names("Belysningen förbättras i samarbete med trafikkontoret."));
        assertEquals(List.of("Migrationsverket", "Bromma"),
                names("Mottagningen av nyanlända planeras i samråd med Migrationsverket samt Bromma."));
        assertEquals(List.of("stadsdelsnämnd"), types("Vi samarbetar med Bromma i frågan."));
        // A known name with "och" in it is one partner.
        assertEquals(List.of("trafikkontoret", "Stockholm Vatten och Avfall AB"),
                names("Dagvattnet hanteras tillsammans med trafikkontoret och Stockholm Vatten och Avfall AB."));
    }

    @Test
    void theEnumerationEndsWhereTheSentenceGoesOnOrAtAFullStop() {
        assertEquals(List.of("socialförvaltningen"),
                names("Arbetet sker tillsammans med socialförvaltningen i hela stadsdelsområdet och polisen deltar."));
        assertEquals(List.of("Region Stockholm"),
                names("En mottagning öppnar i samverkan med Region Stockholm. Polisen informeras."));
        // A proper name followed by a verb is the name alone, not the clause.
        assertEquals(List.of("Fryshuset"), names("Tillsammans med Fryshuset utvecklar förvaltningen nya metoder."));
        // A short item that is no organisation is passed over, the organisation after it is still read.
        assertEquals(List.of("Svenska Bostäder"), names("Det sker i samarbete med biblioteket och Svenska Bostäder."));
    }

    @Test
    void peopleAndGenericWordsAreNoPartners() {
        assertEquals(List.of(), names("Samtalet förs tillsammans med föräldrarna och andra aktörer i området."));
        assertEquals(List.of(), names("Arbetet sker i samverkan med berörda nämnder och bolag."));
        assertEquals(List.of(), names("Tillsammans med Karin Larsson har enheten tagit fram en plan."));
        assertEquals(List.of(), names("Verksamheten utvecklas i samarbete med nämnden."));
        assertEquals(List.of(), names("En ökad digital vana tillsammans med nya verktyg ger bättre service."));
    }

    @Test
    void partnersInProseAreRecordsBesideTheMeasureDedupedPerSectionWithTheirOwnSpan() {
        CleanDocument doc = BlockScript.parse("""
                # 4 Prioriterade åtgärder
                # 4.1 Farsta
                # Trygghet
                Stadsdelsnämnden ska i samverkan med polisen och Stockholmshem ordna trygghetsvandringar.
                Stadsdelsnämnden ska tillsammans med polisen utveckla en lägesbild varje månad.
                # 4.2 Farsta
                Nämnden ska i samverkan med Farsta stadsdelsförvaltning och polisen följa upp arbetet.
                """);
        Segmentation s = new RuleSegmenter(CONFIG).segment(DOC, "Farsta", doc);
        List<LupRecord> partners = s.records().stream().filter(r -> r.kind() == RecordKind.PARTNER).toList();
        // polisen once under "Trygghet", once more in the next section; Farsta is not its own partner.
        assertEquals(List.of("polisen", "Stockholmshem", "polisen"), partners.stream().map(LupRecord::title).toList());
        assertEquals(List.of("myndighet", "bolag", "myndighet"), partners.stream().map(LupRecord::partnerType).toList());
        // The heading "Trygghet" opens a measure that takes both paragraphs.
        assertEquals(2, s.records().stream().filter(r -> r.kind() == RecordKind.MEASURE).count());
        for (LupRecord partner : partners) {
            assertEquals(partner.title(), doc.text().substring(partner.span().start(), partner.span().end()));
            assertEquals(partner.title(), partner.rawText());
        }
    }
}
