package se.lup.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.lup.index.IndexedDocument;
import se.lup.index.RecordIndex;
import se.lup.index.TestRecords;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * Records built from real sentences of the corpus documents, as the segmenter would emit them: a clean plan (version
 * 1) and its later OCR'd version (version 2, text left unrepaired, as when repair fails), the OCR'd Rinkeby-Kista
 * LUP, the förvaltning's answer and the Spånga-Tensta verksamhetsplan 2022. Record ids say where each comes from.
 */
final class AnalystCorpus {
    static final String BARN = "Barn och unga";
    static final String TRYGGHET = "Trygghet";
    static final String ARBETE = "Arbete och försörjning";
    static final String SOCIALT = "Socialt kapital och delaktighet";
    static final String UTBILDNING = "Utbildning";

    static final DocumentRef PLAN_V1 = new DocumentRef("lup-plan-2017", "lup-plan-2017.txt", "Plan för LUP 2017",
            "Socialförvaltningen", 2017, "plan", 1, "lup-plan");
    static final DocumentRef PLAN_V2 = new DocumentRef("lup-plan-2017-ocr", "lup-plan-2017-ocr.txt",
            "Plan för LUP 2017 (senare version)", "Socialförvaltningen", 2017, "plan", 2, "lup-plan");
    static final DocumentRef RK_LUP = new DocumentRef("rk-lup-ocr", "rk-lup-ocr.txt", "Lokalt utvecklingsprogram",
            "Rinkeby-Kista stadsdelsnämnd", 2017, "LUP", 1, null);
    static final DocumentRef RK_SVAR = new DocumentRef("rk-svar-2017", "rk-svar-2017.txt", "Förvaltningens svar",
            "Rinkeby-Kista stadsdelsförvaltning", 2017, "tjänsteutlåtande", 1, null);
    static final DocumentRef ST_VP = new DocumentRef("st-vp-2022", "st-vp-2022.txt", "Verksamhetsplan 2022",
            "Spånga-Tensta stadsdelsnämnd", 2022, "verksamhetsplan", 1, null);

    private AnalystCorpus() {}

    static List<LupRecord> planV1() {
        return List.of(
                measure("a-trygg-rk", "Rinkeby-Kista", "Trygghet samt trivsel", List.of(TRYGGHET), null,
                        "Nämnden ska samverka med stadsbyggnadskontoret i framtagandet av översiktsplan, genomföra "
                        + "trygghetsvandringar och stötta nattvandrare samt utveckla det uppsökande arbetet.", PLAN_V1),
                measure("a-intro-rk", "Rinkeby-Kista", "Uppväxtvillkor och utbildning", List.of(BARN, UTBILDNING), null,
                        "Introduktionsförskolan är en pågående verksamhet i stadsdelsområdet. Hembesöksprogrammet är "
                        + "samarbete mellan stadsdelsnämnden och BVC.", PLAN_V1),
                measure("a-mot-st", "Spånga-Tensta", "Socialt kapital", List.of(SOCIALT), null,
                        "Stadsdelsnämnden ska skapa mötesplatser mellan medborgare med olika etnisk, religiös och "
                        + "kulturell bakgrund. De befintliga mötesplatserna så som öppna förskolan, parklekar, "
                        + "familjecentralen och medborgarkontoret ska användas som arena för dialog.", PLAN_V1),
                measure("a-trygg-hv", "Hässelby-Vällingby", "Trygghet och tillgänglighet", List.of(TRYGGHET), null,
                        "Genomföra och följa upp trygghetsvandringar i hela stadsdelsområdet. Genomföra vuxenvandring "
                        + "i samverkan med frivilligorganisationer och polis.", PLAN_V1),
                measure("a-trygg-nm", "Norrmalm", "Trygghet", List.of(TRYGGHET), null,
                        "Trygghetsvandringar ska genomföras vid behov, efter samråd mellan polis, förvaltning och "
                        + "andra aktörer.", PLAN_V1),
                measure("a-fc-eav", "Enskede-Årsta-Vantör", "Socialt kapital", List.of(SOCIALT), null,
                        "Stadsdelsnämnden ska öppna ett medborgarkontor för att bli tillgängligare för alla invånare "
                        + "och en familjecentral i stadsdelsområdet.", PLAN_V1),
                measure("a-fc-sk", "Skarpnäck", "Förebyggande arbete med barn och unga", List.of(BARN), null,
                        "Stadsdelsnämnden ska öppen förskola/familjecentral och göra en utökad satsning på "
                        + "språkutveckling inom förskolan samt ge utökat stöd vid övergång mellan förskola och "
                        + "grundskola.", PLAN_V1),
                measure("a-fc-fa", "Farsta", "Hälsa", List.of(BARN), null,
                        "Stadsdelsnämnden arbetar med att starta en familjecentral och en satsning på förskolornas "
                        + "lokaler, utomhusmiljö, egna tillagningskök.", PLAN_V1),
                measure("a-fc-sh", "Skärholmen", "Uppväxtvillkor och utbildning", List.of(BARN, UTBILDNING), null,
                        "Stadsdelsnämnden ska öppna en introduktionsförskola för att öka antalet barn som är inskrivna "
                        + "i förskola och en familjecentral.", PLAN_V1));
    }

    /** The OCR'd later version: text as Tesseract read it, except one record that repair fixed. */
    static List<LupRecord> planV2() {
        return List.of(
                measure("b-fc-rk", "Rinkeby-Kista", "Barn och ungas livsforutsdttningar", List.of(BARN), "Familjecentral",
                        "Etablering av insatser for att stirka fordldrar och familjer. Tva familjecentralsliknande "
                        + "verksamheter finns i stadsdelen.", PLAN_V2),
                measure("b-fc-eav", "Enskede-Årsta-Vantör", "Barn och unga", List.of(BARN), "Familjecentral",
                        "En familjecentralsliknande verksamhet &r planerad och stadsdelsforvaltningen har tvd "
                        + "samordnare i det stadsdvergripande nétverket, en frdn Oppna forskolan och en fran rad- och "
                        + "stod.", PLAN_V2),
                measure("b-fc-sk", "Skarpnäck", "Forebyggande arbete med barn och unga", List.of(BARN),
                        "Oppen forskola/familjecentral",
                        "Skarpnick har en idé om inriktning och planerar att 6ppna familjecentral i Skarpnicks Gard. "
                        + "Oppna forskolan som redan ir etablerad 1 Kérrtorp kommer inte att flyttas.", PLAN_V2),
                TestRecords.record("b-fc-fa", RecordKind.MEASURE, "Farsta", "Hälsa", List.of("Hälsa"), "Familjecentral",
                        "Ett utvecklingsarbete pågår med avsikten att skapa en familjecentralsliknande verksamhet. Ett "
                        + "ökat samarbete mellan råd- och stöd och BVC samt vårdcentral pågår.",
                        "Ett utvecklingsarbete pdgéar med avsikten att skapa en familjecentralsliknande verksamhet. Ett "
                        + "6kat samarbete mellan rad- och stod och BVC samt vardcentral pagér.", PLAN_V2),
                measure("b-fc-sh", "Skärholmen", "Uppvdxtvillkor och utbildning", List.of(BARN, UTBILDNING),
                        "Starta familjecentral",
                        "I Skédrholmen arbetar de med uppbyggandet av en familjecentralsliknande verksamhet inom ramen "
                        + "for deras sociala investeringsprojekt.", PLAN_V2),
                TestRecords.record("b-vald-rk", RecordKind.CONTEXT, "Rinkeby-Kista", "Trygghet", List.of(TRYGGHET), null,
                        "Forebyggande arbete mot vald och trygghetsfrimjande arbete. Arbeta for att stirka och {4 thop "
                        + "samverkan med externa och interna aktorer.", PLAN_V2));
    }

    static List<LupRecord> rinkebyKistaLup() {
        return List.of(
                measure("c-fam-rk", "Rinkeby-Kista", null, List.of(BARN),
                        "Etablering av insatser for att stirka forildrar och familjer",
                        "Stadsdelsforvaltningen har under léngre tid utvecklat verksamheter som méter fordldrars och "
                        + "familjers behov. Introduktionsforskolan har utvecklats till en viktig métes- och "
                        + "kunskapsmiljo for savil fordldrar som barn.", RK_LUP),
                measure("c-arb-rk", "Rinkeby-Kista", null, List.of(ARBETE), null,
                        "Stadsdelsforvaltningen planerar en analys och inventering av alla sina verksamheter for att "
                        + "avgora i vilken utstrdckning man kan skapa arbetstillfillen for invanare som befinner sig "
                        + "langt fran arbetsmarknaden.", RK_LUP));
    }

    static List<LupRecord> rinkebyKistaSvar() {
        return List.of(TestRecords.record("d-intro-rk", RecordKind.PRIORITY_AREA, "Rinkeby-Kista", null, List.of(BARN),
                "Husby", "Ytterligare en introduktionsförskola planeras i Husby. Vidare utreds möjligheterna att "
                + "inrätta en bemannad parklek i Husby.", RK_SVAR));
    }

    static List<LupRecord> spangaTenstaPlan() {
        return List.of(
                measure("e-intro-st", "Spånga-Tensta", "Förskola", List.of(BARN, UTBILDNING), null,
                        "Stadsdelsnämndens öppna förskolor och introduktionsförskola har i uppdrag att verka för ökad "
                        + "inskrivningsgrad i förskolan.", ST_VP),
                measure("e-hub-st", "Spånga-Tensta", "Förskola", List.of(BARN), null,
                        "Familjens HUB är en öppen mötesplats för familjer med barn i åldrarna 0–12 år där förskolan "
                        + "och socialtjänsten samverkar utifrån verksamheternas uppdrag.", ST_VP),
                TestRecords.record("e-ferie-ind", RecordKind.INDICATOR, "Spånga-Tensta", null, List.of(ARBETE),
                        "Antal ungdomar som fått feriejobb i stadens regi",
                        "Antal ungdomar som fått feriejobb i stadens regi 900 st", ST_VP),
                TestRecords.record("e-ferie-act", RecordKind.ACTIVITY, "Spånga-Tensta", null, List.of(ARBETE), null,
                        "I samverkan med arbetsmarknadsnämnden tillhandahåller nämnden platser för stockholmsjobb och "
                        + "feriejobb.", ST_VP),
                measure("e-vald-st", "Spånga-Tensta", "Trygghet", List.of(TRYGGHET, "Jämställdhet och likabehandling"),
                        null, "Förvaltningen fortsätter det förebyggande arbetet mot våld i nära relationer, "
                        + "hedersrelaterat våld och förtryck.", ST_VP),
                measure("e-trygg-st", "Spånga-Tensta", "Trygghet", List.of(TRYGGHET), null,
                        "En trygghetsvandring genomförs i Tensta centrum tillsammans med polisen.", ST_VP));
    }

    static void indexInto(Path dir) throws IOException {
        try (RecordIndex index = RecordIndex.open(dir)) {
            index.replaceDocument(new IndexedDocument(PLAN_V1.id(), "h1", "lup-plan", 1), planV1());
            index.replaceDocument(new IndexedDocument(PLAN_V2.id(), "h2", "lup-plan", 2), planV2());
            index.replaceDocument(RK_LUP.id(), "h3", rinkebyKistaLup());
            index.replaceDocument(RK_SVAR.id(), "h4", rinkebyKistaSvar());
            index.replaceDocument(ST_VP.id(), "h5", spangaTenstaPlan());
        }
    }

    private static LupRecord measure(String id, String district, String theme, List<String> categories, String title,
            String text, DocumentRef doc) {
        return TestRecords.record(id, RecordKind.MEASURE, district, theme, categories, title, text, doc);
    }
}
