package se.lup.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.LupRecord;

/** Analysts' queries over {@link AnalystCorpus}, each with the records it must find and those it must not. */
class AnalystQueriesTest {
    @TempDir
    static Path dir;
    static RecordSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        AnalystCorpus.indexInto(dir);
        searcher = RecordSearcher.open(dir, Gazetteer.load());
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static final Set<String> FAMILY_CENTRES_LATEST = Set.of("b-fc-rk", "b-fc-eav", "b-fc-sk", "b-fc-fa", "b-fc-sh");

    static Stream<Arguments> queries() {
        return Stream.of(
                // Compounds and the OCR'd later version: every district planning a family centre, latest version only.
                query("familjecentral finds the OCR'd measures, incl. familjecentralsliknande",
                        SearchRequest.of("familjecentral", 10), FAMILY_CENTRES_LATEST, Set.of("a-fc-eav", "a-fc-sk")),
                query("familjecentral over all versions adds the clean earlier plan",
                        SearchRequest.of("familjecentral", 20).withAllVersions(),
                        union(FAMILY_CENTRES_LATEST, Set.of("a-fc-eav", "a-fc-sk", "a-fc-fa", "a-fc-sh", "a-mot-st")),
                        Set.of()),
                query("inflected familjecentralen", SearchRequest.of("familjecentralen", 10), FAMILY_CENTRES_LATEST,
                        Set.of()),
                query("plural trygghetsvandringar finds the singular", SearchRequest.of("trygghetsvandringar", 10),
                        Set.of("e-trygg-st"), Set.of()),
                query("singular trygghetsvandring finds the plural", SearchRequest.of("trygghetsvandring", 10)
                        .withAllVersions(), Set.of("a-trygg-rk", "a-trygg-hv", "a-trygg-nm", "e-trygg-st"), Set.of()),
                query("förskola finds introduktionsförskola(n), clean and OCR'd", SearchRequest.of("förskola", 20),
                        Set.of("d-intro-rk", "e-intro-st", "c-fam-rk", "b-fc-sk"), Set.of()),
                query("introduktionsförskolan", SearchRequest.of("introduktionsförskolan", 10),
                        Set.of("d-intro-rk", "e-intro-st", "c-fam-rk"), Set.of("e-hub-st")),
                query("arbetsmarknad finds the OCR'd arbetsmarknaden", SearchRequest.of("arbetsmarknad", 10),
                        Set.of("c-arb-rk"), Set.of()),
                query("inflection: mötesplatserna", SearchRequest.of("mötesplatserna", 10).withAllVersions(),
                        Set.of("e-hub-st", "a-mot-st"), Set.of()),
                query("feriejobbet (definite) finds feriejobb", SearchRequest.of("feriejobbet", 10),
                        Set.of("e-ferie-ind", "e-ferie-act"), Set.of()),
                // Garble tolerance, both ways.
                query("å/ä/ö query finds unrepaired OCR text", SearchRequest.of("externa aktörer", 10),
                        Set.of("b-vald-rk"), Set.of()),
                query("ökat samarbete finds 6kat samarbete", SearchRequest.of("ökat samarbete vårdcentral", 10),
                        Set.of("b-fc-fa"), Set.of()),
                query("våld finds vald (OCR) and våld", SearchRequest.of("våld", 10), Set.of("b-vald-rk", "e-vald-st"),
                        Set.of()),
                query("garbled query finds clean text", SearchRequest.of("6ppna forskolor", 10), Set.of("e-intro-st"),
                        Set.of()),
                // District filters, through the gazetteer.
                query("--district Skarpnäck", SearchRequest.of("familjecentral", 10).withDistricts("Skarpnäck"),
                        Set.of("b-fc-sk"), union(FAMILY_CENTRES_LATEST, Set.of()).stream()
                                .filter(id -> !id.equals("b-fc-sk")).collect(java.util.stream.Collectors.toSet())),
                query("--district Spånga is Spånga-Tensta", SearchRequest.of("förskola", 10).withDistricts("Spånga"),
                        Set.of("e-intro-st", "e-hub-st"), Set.of("d-intro-rk", "c-fam-rk")),
                query("--district Husby (a stadsdel) is Rinkeby-Kista", SearchRequest.of("", 20).withDistricts("Husby"),
                        Set.of("d-intro-rk", "c-fam-rk", "c-arb-rk", "b-fc-rk"), Set.of("e-intro-st")),
                query("district:Spanga-Tensta in the query, garbled spelling",
                        SearchRequest.of("+district:Spanga-Tensta förskola", 10), Set.of("e-intro-st", "e-hub-st"),
                        Set.of("d-intro-rk")),
                // Query syntax: phrases, boolean operators, field:value.
                query("phrase", SearchRequest.of("\"öppen mötesplats\"", 10), Set.of("e-hub-st"), Set.of("e-intro-st")),
                query("AND", SearchRequest.of("introduktionsförskola AND Husby", 10), Set.of("d-intro-rk"),
                        Set.of("e-intro-st", "c-fam-rk")),
                query("NOT", SearchRequest.of("familjecentral NOT district:Farsta", 10),
                        Set.of("b-fc-rk", "b-fc-sk"), Set.of("b-fc-fa")),
                query("title:", SearchRequest.of("titel:familjecentral", 10), FAMILY_CENTRES_LATEST, Set.of("e-hub-st")),
                query("kind:indicator", SearchRequest.of("kind:indicator feriejobb", 10).withKinds("indicator"),
                        Set.of("e-ferie-ind"), Set.of("e-ferie-act")),
                // Other filters.
                query("--theme-category Trygghet (any case)", SearchRequest.of("", 20).withThemeCategories("trygghet"),
                        Set.of("b-vald-rk", "e-vald-st", "e-trygg-st"), Set.of("a-trygg-nm", "e-hub-st")),
                query("--year 2022 --kind measure", SearchRequest.of("", 20).withYear(2022).withKinds("measure"),
                        Set.of("e-intro-st", "e-hub-st", "e-vald-st"), Set.of("e-ferie-ind", "d-intro-rk")),
                query("--document", SearchRequest.of("", 20).withDocument("rk-svar-2017"), Set.of("d-intro-rk"),
                        Set.of("c-fam-rk")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsTheExpectedRecords(String description, SearchRequest request, Set<String> expected, Set<String> excluded)
            throws Exception {
        List<String> found = searcher.search(request).hits().stream().map(h -> h.record().id()).toList();
        assertTrue(found.containsAll(expected), () -> description + ": expected " + expected + " in " + found);
        assertTrue(found.stream().noneMatch(excluded::contains), () -> description + ": none of " + excluded + " in " + found);
    }

    @Test
    void districtFiltersKeepOnlyThatDistrict() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("", 50).withDistricts("Rinkeby Kista", "Farsta"));
        assertTrue(results.hits().stream().map(h -> h.record().district())
                .allMatch(d -> d.equals("Rinkeby-Kista") || d.equals("Farsta")));
        assertEquals(6, results.totalHits());
    }

    @Test
    void facetsCountEveryMatchByDistrictCategoryKindDocumentAndYear() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("familjecentral", 2));
        assertEquals(5, results.totalHits());
        assertEquals(2, results.hits().size());
        Map<String, List<FacetCount>> facets = results.facets();
        assertEquals(Set.of(new FacetCount("Rinkeby-Kista", 1), new FacetCount("Enskede-Årsta-Vantör", 1),
                new FacetCount("Skarpnäck", 1), new FacetCount("Farsta", 1), new FacetCount("Skärholmen", 1)),
                Set.copyOf(facets.get("district")));
        assertEquals(List.of(new FacetCount("measure", 5)), facets.get("kind"));
        assertEquals(List.of(new FacetCount("lup-plan-2017-ocr", 5)), facets.get("document"));
        assertEquals(List.of(new FacetCount("2017", 5)), facets.get("year"));
        assertEquals(new FacetCount("Barn och unga", 4), facets.get("theme_category").get(0));
    }

    @Test
    void facetsOverAllVersionsCountBothYears() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("förskola", 20).withAllVersions());
        Map<String, Integer> years = new java.util.HashMap<>();
        results.facets().get("year").forEach(f -> years.put(f.value(), f.count()));
        assertEquals(Set.of("2017", "2022"), years.keySet());
        assertEquals(results.totalHits(), years.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void snippetsMarkTheMatchedWords() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("introduktionsförskolan", 10).withDocument("rk-svar-2017"))
                .hits().get(0);
        assertTrue(hit.snippet().contains("«introduktionsförskola»"), hit.snippet());
    }

    @Test
    void aMatchOnlyInTheRawOcrTextIsHighlightedThere() throws Exception {
        SearchHit hit = searcher.search(SearchRequest.of("aktörer", 10)).hits().get(0);
        assertEquals("b-vald-rk", hit.record().id());
        assertTrue(hit.snippet().contains("«aktorer»"), hit.snippet());
    }

    @Test
    void aDistrictNamedInTheQueryRanksItsRecordsFirst() throws Exception {
        List<SearchHit> hits = searcher.search(SearchRequest.of("Skarpnäck familjecentral", 5)).hits();
        assertEquals("b-fc-sk", hits.get(0).record().id());
    }

    @Test
    void unknownDistrictsFieldsAndKindsAreClearErrors() {
        InvalidQueryException district = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of("", 5).withDistricts("Atlantis")));
        assertTrue(district.getMessage().contains("unknown district 'Atlantis'"), district.getMessage());
        InvalidQueryException field = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of("colour:blue", 5)));
        assertTrue(field.getMessage().contains("unknown field 'colour'"), field.getMessage());
        assertThrows(InvalidQueryException.class, () -> searcher.search(SearchRequest.of("", 5).withKinds("poem")));
        assertThrows(InvalidQueryException.class, () -> searcher.search(SearchRequest.of("kind:poem", 5)));
    }

    @Test
    void wordsStandingTogetherRankFirst() throws Exception {
        List<String> ids = searcher.search(SearchRequest.of("öppna förskolor", 5)).hits().stream()
                .map(h -> h.record().id()).toList();
        assertEquals("e-intro-st", ids.get(0), ids.toString());
    }

    @Test
    void textThatIsNotQuerySyntaxIsSearchedAsWords() throws Exception {
        List<String> pasted = searcher.search(SearchRequest.of("Öppen förskola/familjecentral", 5)).hits().stream()
                .map(h -> h.record().id()).toList();
        assertEquals("b-fc-sk", pasted.get(0), pasted.toString());
        List<String> unclosed = searcher.search(SearchRequest.of("\"öppen mötesplats", 5)).hits().stream()
                .map(h -> h.record().id()).toList();
        assertTrue(unclosed.contains("e-hub-st"), unclosed.toString());
    }

    @Test
    void similarRecordsInOtherDistricts() throws Exception {
        List<SearchHit> similar = searcher.similar("b-fc-fa", true, 5);
        List<String> ids = similar.stream().map(h -> h.record().id()).toList();
        assertTrue(ids.containsAll(List.of("b-fc-eav", "b-fc-sh")), ids.toString());
        assertTrue(similar.stream().noneMatch(h -> h.record().district().equals("Farsta")), ids.toString());
        assertTrue(similar.stream().noneMatch(h -> h.record().document().id().equals("lup-plan-2017")), "latest only");
    }

    @Test
    void recordsByIdRoundTrip() throws Exception {
        LupRecord record = searcher.record("e-hub-st").orElseThrow();
        assertEquals(AnalystCorpus.spangaTenstaPlan().get(1), record);
    }

    private static Arguments query(String description, SearchRequest request, Set<String> expected, Set<String> excluded) {
        return Arguments.of(description, request, expected, excluded);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
