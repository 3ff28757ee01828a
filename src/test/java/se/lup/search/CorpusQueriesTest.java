package se.lup.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.lup.cli.LupCommand;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.LupRecord;

/**
 * Queries over the bundled corpus, ingested through the whole pipeline (extract, clean, repair, segment, index).
 * Record ids are content hashes, so expectations are stated as districts, documents and grep-style baselines.
 */
class CorpusQueriesTest {
    private static final String CLEAN_PLAN = "socialforvaltningen-lup-plan-2017";
    private static final String OCR_PLAN = "socialforvaltningen-lup-plan-2017-senare-ocr";
    private static final String RK_LUP = "rinkeby-kista-lokalt-utvecklingsprogram-ocr";

    @TempDir
    static Path dir;
    static RecordSearcher searcher;

    @BeforeAll
    static void ingestCorpus() throws Exception {
        assertEquals(0, LupCommand.commandLine().execute("ingest", "corpus", "--index", dir.toString()));
        searcher = RecordSearcher.open(dir, Gazetteer.load());
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<LupRecord> found(SearchRequest request) throws Exception {
        return searcher.search(request).hits().stream().map(SearchHit::record).toList();
    }

    private static Set<String> districts(List<LupRecord> records) {
        return records.stream().map(LupRecord::district).collect(Collectors.toSet());
    }

    @Test
    void familjecentralFindsEveryDistrictsFamilyCentreInTheOcrdLatestVersion() throws Exception {
        List<LupRecord> hits = found(SearchRequest.of("familjecentral", 20));
        assertTrue(districts(hits).containsAll(
                Set.of("Rinkeby-Kista", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta", "Skärholmen")), hits.toString());
        assertTrue(hits.stream().noneMatch(r -> r.document().id().equals(CLEAN_PLAN)), "the earlier version is hidden");
    }

    @Test
    void allVersionsAddTheCleanEarlierPlan() throws Exception {
        List<LupRecord> hits = found(SearchRequest.of("familjecentral", 40).withAllVersions());
        Set<String> documents = hits.stream().map(r -> r.document().id()).collect(Collectors.toSet());
        assertTrue(documents.containsAll(Set.of(CLEAN_PLAN, OCR_PLAN)), documents.toString());
        assertTrue(districts(hits.stream().filter(r -> r.document().id().equals(CLEAN_PLAN)).toList())
                .containsAll(Set.of("Skarpnäck", "Farsta", "Skärholmen")), hits.toString());
    }

    /**
     * Recall against grep: every record (all versions) whose repaired or raw text contains the pattern must be among
     * the results — inflected, compounded and OCR-garbled forms included.
     */
    @ParameterizedTest(name = "{0} finds every record grep finds for /{1}/")
    @CsvSource({
        "trygghetsvandringar, trygghetsvandring",
        "familjecentral, familjecentral",
        "introduktionsförskola, introduktionsf[oö]rskol",
        "feriejobb, feriejobb",
        "förskolan, f[oö6é]rskol",
        "'\"våld i nära relationer\"', v[aå]ld i n[aä]ra relation",
        "hemlöshet, heml[oö]s"})
    void recallMatchesGrep(String query, String grep) throws Exception {
        Pattern pattern = Pattern.compile(grep, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<LupRecord> all = searcher.records(SearchRequest.of("", 0).withAllVersions());
        Set<String> expected = all.stream()
                .filter(r -> pattern.matcher(text(r)).find())
                .map(LupRecord::id).collect(Collectors.toSet());
        assertFalse(expected.isEmpty(), "the corpus has records for /" + grep + "/");
        Set<String> foundIds = found(new SearchRequest(query, List.of(), List.of(), List.of(), null, null,
                expected.size() + 50, true)).stream().map(LupRecord::id).collect(Collectors.toSet());
        Set<String> missed = expected.stream().filter(id -> !foundIds.contains(id)).collect(Collectors.toSet());
        assertTrue(missed.isEmpty(), query + " missed " + missed.size() + " of " + expected.size() + ": "
                + all.stream().filter(r -> missed.contains(r.id())).map(r -> r.title() + " | " + r.text()).toList());
    }

    @Test
    void theGarbledRinkebyKistaLupIsFoundByCleanSpelling() throws Exception {
        List<LupRecord> hits = found(SearchRequest.of("introduktionsförskolan", 20).withDocument(RK_LUP));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(r -> r.document().id().equals(RK_LUP)));
    }

    @Test
    void districtFilterThroughTheGazetteer() throws Exception {
        List<LupRecord> hits = found(SearchRequest.of("förskola", 50).withDistricts("Spånga"));
        assertFalse(hits.isEmpty());
        assertEquals(Set.of("Spånga-Tensta"), districts(hits));
    }

    @Test
    void facetCountsAddUpToTheMatches() throws Exception {
        SearchResults results = searcher.search(SearchRequest.of("", 5).withDocument("spanga-tensta-verksamhetsplan-2022"));
        int byKind = results.facets().get("kind").stream().mapToInt(FacetCount::count).sum();
        assertEquals(results.totalHits(), byKind);
        Set<String> kinds = results.facets().get("kind").stream().map(FacetCount::value).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("activity", "indicator", "goal")), kinds.toString());
        assertEquals(List.of(new FacetCount("2022", (int) results.totalHits())), results.facets().get("year"));
    }

    private static String text(LupRecord r) {
        return String.join(" ", r.title() == null ? "" : r.title(), r.text() == null ? "" : r.text(),
                r.rawText() == null ? "" : r.rawText()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
