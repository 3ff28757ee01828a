package se.lup.gazetteer;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void knowsFifteenDistrictsIncludingTheMerger() {
        assertEquals(15, gazetteer.districts().size());
        assertEquals(java.util.List.of("Hägersten-Liljeholmen", "Älvsjö"),
                gazetteer.lookup("Hägersten-Älvsjö").orElseThrow().mergedFrom());
    }

    @Test
    void matchesGarbledInflectedAndSpacedNames() {
        assertEquals("Spånga-Tensta", gazetteer.lookup("Spanga-Tensta").orElseThrow().name());
        assertEquals("Hässelby-Vällingby", gazetteer.lookup("Hasselby Villingby").orElseThrow().name());
        assertEquals("Skarpnäck", gazetteer.findDistrict("Skarpnäcks stadsdelsförvaltning ska").orElseThrow().name());
        assertEquals("Enskede-Årsta-Vantör", gazetteer.lookup("Enskede-Arsta-Vantor").orElseThrow().name());
        assertEquals("Skärholmen", gazetteer.lookup("Skarholmen").orElseThrow().name());
    }

    @Test
    void aHeadingNamingTheDistrictsOrganisationIsTheDistrict() {
        assertEquals("Rinkeby-Kista", gazetteer.lookup("Rinkeby-Kista stadsdelsnämnd").orElseThrow().name());
        assertEquals("Skarpnäck", gazetteer.lookup("Skarpnécks stadsdelsforvaltning").orElseThrow().name());
        assertTrue(gazetteer.lookup("Rinkeby-Kista stadsdelsnämnd har beslutat").isEmpty());
    }

    @Test
    void stadsdelPlacesTextInItsDistrictOnlyWhenAsked() {
        assertTrue(gazetteer.findDistrict("en parklek i Husby").isEmpty());
        assertEquals("Rinkeby-Kista", gazetteer.findDistrictOrStadsdel("en parklek i Husby").orElseThrow().name());
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertTrue(gazetteer.findDistrict("farstugan och brommasystemet").isEmpty());
    }
}
