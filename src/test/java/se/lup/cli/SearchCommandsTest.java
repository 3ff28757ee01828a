package se.lup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.lup.config.Json;
import se.lup.search.AnalystCorpusAccess;

/** The search, similar and compare commands end to end over an index of {@code AnalystCorpus} records. */
class SearchCommandsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void index() throws Exception {
        AnalystCorpusAccess.indexInto(dir);
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LupCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] withIndex = new String[args.length + 2];
        System.arraycopy(args, 0, withIndex, 0, args.length);
        withIndex[args.length] = "--index";
        withIndex[args.length + 1] = dir.toString();
        int code = cli.execute(withIndex);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportWithoutPathsReadsTheIndex() throws Exception {
        Path out = dir.resolve("export.jsonl");
        Run run = run("export", "--kind", "measure", "--district", "Skarpnäck", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> records = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(out)) {
            records.add(Json.MAPPER.readTree(line));
        }
        assertTrue(records.stream().anyMatch(r -> r.path("id").asText().equals("b-fc-sk")), records.toString());
        assertTrue(records.stream().allMatch(r -> r.path("kind").asText().equals("measure")
                && r.path("district").asText().equals("Skarpnäck")), records.toString());
    }

    @Test
    void searchPrintsRankedRecordsWithSnippetsAndFacets() {
        Run run = run("search", "familjecentral", "--district", "Skarpnäck");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1 record match \"familjecentral\" (latest versions)"), run.out());
        assertTrue(run.out().contains("[measure] Skarpnäck"), run.out());
        assertTrue(run.out().contains("«familjecentral»"), run.out());
        assertTrue(run.out().contains("id b-fc-sk"), run.out());
        assertTrue(run.out().contains("district:       Skarpnäck (1)"), run.out());
    }

    @Test
    void searchJsonHasRecordsAndFacets() throws Exception {
        Run run = run("search", "förskola", "--json", "--limit", "3");
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertEquals(3, json.path("hits").size());
        assertTrue(json.path("total_hits").asInt() >= 4);
        assertTrue(json.path("facets").path("district").isArray());
        assertTrue(json.path("hits").get(0).path("record").path("id").isTextual());
    }

    @Test
    void badQueriesAreUsageErrorsAndAMissingIndexIsNamed() {
        Run unknown = run("search", "x", "--district", "Atlantis");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertEquals("lup search: unknown district 'Atlantis' (not in pipeline/gazetteer.json)", unknown.err().strip());
        StringWriter err = new StringWriter();
        CommandLine cli = LupCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("search", "x", "--index", dir.resolve("nothing-here").toString());
        assertEquals(ExitCodes.PARTIAL_FAILURE, code);
        assertTrue(err.toString().contains("no index here; run `lup ingest` first"), err.toString());
    }

    @Test
    void similarListsOtherDistrictsMeasures() {
        Run run = run("similar", "b-fc-fa", "--other-districts", "--limit", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 records like b-fc-fa"), run.out());
        assertTrue(!run.out().contains("] Farsta"), run.out());
    }

    @Test
    void compareMatrixCountsRecordsPerDistrictAndCategory() {
        Run run = run("compare", "--kind", "measure");
        assertEquals(0, run.exitCode(), run.err());
        List<String> header = cells(run.out().lines().findFirst().orElseThrow());
        List<String> skarpnack = cells(run.out().lines().filter(l -> l.startsWith("Skarpnäck")).findFirst().orElseThrow());
        List<String> rinkebyKista = cells(run.out().lines().filter(l -> l.startsWith("Rinkeby")).findFirst().orElseThrow());
        int barn = header.indexOf("Barn");
        assertEquals("1", skarpnack.get(barn), run.out());
        assertEquals("2", rinkebyKista.get(barn), "b-fc-rk and c-fam-rk; d-intro-rk is a priority area");
        assertEquals("·", rinkebyKista.get(header.indexOf("Trygghet")), "the Trygghet record is context, not a measure");
        assertTrue(run.out().contains("Barn = Barn och unga"), run.out());
    }

    @Test
    void compareCsvAndJsonCarryRecordIds() throws Exception {
        Run csv = run("compare", "--csv");
        assertTrue(csv.out().startsWith("\uFEFFdistrict;theme_category;count;record_ids"), csv.out() + csv.err());
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).with(CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(csv.out().substring(1))) {
            it.forEachRemaining(rows::add);
        }
        assertTrue(rows.contains(List.of("Farsta", "Hälsa", "1", "b-fc-fa")), rows.toString());
        assertTrue(rows.contains(List.of("Rinkeby-Kista", "Barn och unga", "3", "b-fc-rk c-fam-rk d-intro-rk")), rows.toString());
        JsonNode json = Json.MAPPER.readTree(run("compare", "--json").out());
        assertTrue(json.path("districts").toString().contains("Spånga-Tensta"));
        assertEquals(ExitCodes.USAGE, run("compare", "--json", "--csv").exitCode(), "--json and --csv exclude each other");
    }

    private static List<String> cells(String tableLine) {
        return Arrays.stream(tableLine.split("│")).map(String::strip).toList();
    }

    @Test
    void compareOneCategoryShowsEachDistrictsMeasures() {
        Run run = run("compare", "--theme-category", "trygghet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Theme category: Trygghet"), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Spånga-Tensta")), run.out());
        assertTrue(run.out().contains("• Förvaltningen fortsätter det förebyggande"), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("Farsta")), run.out());
    }
}
