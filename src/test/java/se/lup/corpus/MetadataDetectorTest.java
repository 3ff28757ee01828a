package se.lup.corpus;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents described from their text alone, as in a folder without a manifest. */
class MetadataDetectorTest {
    private static final DocumentSource SOURCE = DocumentSource.defaults();

    @TempDir Path dir;

    private Map<String, DocumentInfo> describeCorpusWithoutManifest() throws Exception {
        for (Path f : DocumentSource.files(Path.of("corpus"))) Files.copy(f, dir.resolve(f.getFileName()));
        return SOURCE.list(dir).stream().collect(Collectors.toMap(d -> d.file().getFileName().toString(), SourceDocument::info));
    }

    @Test
    void corpusDocumentsAreDescribedFromTheirText() throws Exception {
        Map<String, DocumentInfo> infos = describeCorpusWithoutManifest();
        assertEquals(5, infos.size());

        DocumentInfo vp = infos.get("spanga-tensta-verksamhetsplan-2022.txt");
        assertEquals("Verksamhetsplan med budget 2022 för Spånga-Tensta stadsdelsnämnd", vp.title());
        assertEquals("verksamhetsplan", vp.type());
        assertEquals(2022, vp.year());
        assertEquals("Spånga-Tensta", vp.district());
        assertEquals("Spånga-Tensta stadsdelsnämnd", vp.organisation());
        assertFalse(vp.ocr());

        DocumentInfo lup = infos.get("rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt");
        assertEquals("LUP", lup.type());
        assertEquals("Rinkeby-Kista", lup.district(), "from the garbled running title 'Lokalt utvecklingsprogram for Rinkeby-Kista ...'");
        assertEquals(2017, lup.year());
        assertTrue(lup.ocr(), "OCR'd with a model that lost å/ä/ö");

        DocumentInfo answer = infos.get("rinkeby-kista-forvaltningens-svar-verksamhetsplan-2017.txt");
        assertEquals("tjänsteutlåtande", answer.type());
        assertEquals(2017, answer.year());
        assertEquals("Rinkeby-Kista", answer.district(), "the district its text is about");

        DocumentInfo cityWide = infos.get("socialforvaltningen-lup-plan-2017.txt");
        assertNull(cityWide.district(), "a plan covering all districts belongs to none");
        assertEquals(2017, cityWide.year());
        assertFalse(cityWide.ocr());
        assertTrue(infos.get("socialforvaltningen-lup-plan-2017-senare-ocr.txt").ocr());
    }

    @Test
    void aNewDistrictsPlanWithoutManifest() throws Exception {
        Files.writeString(dir.resolve("ny-plan.txt"), """
                Skarpnäcks stadsdelsförvaltning

                Verksamhetsplan 2023 för Skarpnäcks stadsdelsnämnd

                1 Inledning

                Nämnden fortsätter att utveckla förskolan och äldreomsorgen i Bagarmossen och Björkhagen under 2023.
                """);
        DocumentInfo info = SOURCE.list(dir).get(0).info();
        assertEquals("Verksamhetsplan 2023 för Skarpnäcks stadsdelsnämnd", info.title());
        assertEquals("verksamhetsplan", info.type());
        assertEquals(2023, info.year());
        assertEquals("Skarpnäck", info.district());
        assertEquals("Skarpnäcks stadsdelsnämnd", info.organisation());
        assertFalse(info.ocr());
    }

    @Test
    void theManifestComesFirst() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Verksamhetsplan 2023 för Farsta stadsdelsnämnd\n\nText om Farsta.\n");
        Files.writeString(dir.resolve("b.txt"), "Verksamhetsplan 2024 för Bromma stadsdelsnämnd\n\nText om Bromma.\n");
        Files.writeString(dir.resolve(Manifest.FILE_NAME), """
                {"documents": [{"file": "a.txt", "title": "Farstas plan", "organisation": "Farsta stadsdelsnämnd",
                  "district": "Farsta", "year": 2023, "type": "verksamhetsplan", "ocr": false}]}
                """);
        List<SourceDocument> docs = SOURCE.list(dir);
        assertEquals(List.of("a.txt", "b.txt"), docs.stream().map(d -> d.file().getFileName().toString()).toList());
        assertEquals("Farstas plan", docs.get(0).info().title());
        assertEquals("Verksamhetsplan 2024 för Bromma stadsdelsnämnd", docs.get(1).info().title());
        assertEquals("Bromma", docs.get(1).info().district());
    }
}
