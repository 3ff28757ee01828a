package se.lup.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lup.index.TestRecords;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

class DistrictCategoryMatrixTest {
    private static final DocumentRef DOC = TestRecords.document("plan", 2017, 1);

    private static LupRecord record(String id, RecordKind kind, String district, String title, String... categories) {
        return TestRecords.record(id, kind, district, null, List.of(categories), title, "Text " + id, DOC);
    }

    private static final List<LupRecord> RECORDS = List.of(
            record("1", RecordKind.MEASURE, "Skärholmen", "Starta familjecentral", "Barn och unga", "Utbildning"),
            record("2", RecordKind.MEASURE, "Skärholmen", "Feriejobb", "Arbete och försörjning"),
            record("3", RecordKind.THEME, "Farsta", "Hälsa", "Hälsa"),
            record("4", RecordKind.MEASURE, "Älvsjö", "Trygghetsvandringar", "Trygghet"),
            record("5", RecordKind.CONTEXT, null, "Bakgrund", "Barn och unga"),
            record("6", RecordKind.MEASURE, "Farsta", "Utan kategori"));

    @Test
    void countsRecordsPerDistrictAndCategoryWithTheirIds() {
        DistrictCategoryMatrix matrix = DistrictCategoryMatrix.of(RECORDS);
        // Swedish collation: Å, Ä and Ö sort after Z, parentheses first.
        assertEquals(List.of("(city-wide)", "Farsta", "Skärholmen", "Älvsjö"), matrix.districts());
        assertEquals(List.of("Arbete och försörjning", "Barn och unga", "Hälsa", "Trygghet", "Utbildning"),
                matrix.categories());
        assertEquals(1, matrix.count("Skärholmen", "Utbildning"));
        assertEquals(0, matrix.count("Farsta", "Trygghet"));
        assertEquals(1, matrix.uncategorised());
        assertEquals(List.of(new DistrictCategoryMatrix.Cell("Skärholmen", "Arbete och försörjning", 1, List.of("2")),
                new DistrictCategoryMatrix.Cell("Skärholmen", "Barn och unga", 1, List.of("1")),
                new DistrictCategoryMatrix.Cell("Skärholmen", "Utbildning", 1, List.of("1"))),
                matrix.cells().stream().filter(c -> c.district().equals("Skärholmen")).toList());
        assertEquals(Map.of("Hälsa", 1), matrix.counts().get("Farsta"));
    }

    @Test
    void aCategoryComparisonListsEachDistrictsThemesAndMeasures() {
        CategoryComparison health = CategoryComparison.of("hälsa", RECORDS);
        assertEquals("Hälsa", health.category());
        assertEquals(1, health.districts().size());
        assertEquals("Farsta", health.districts().get(0).district());
        assertEquals(List.of("3"), health.districts().get(0).themes().stream().map(LupRecord::id).toList());

        CategoryComparison children = CategoryComparison.of("Barn och unga", RECORDS);
        assertEquals(List.of("Skärholmen"), children.districts().stream().map(CategoryComparison.DistrictColumn::district)
                .toList(), "the city-wide record is context, neither theme nor measure");
    }

    @Test
    void textTablesWrapLongCellsAndAlignColumns() {
        String table = new TextTable(List.of("District", "Measures"), 14)
                .row(List.of("Farsta", "Starta en familjecentral i Farsta"))
                .row(List.of("Älvsjö", "Trygghet"))
                .render();
        String rule = "─".repeat(8) + "─┼─" + "─".repeat(14) + "\n";
        assertEquals("District │ Measures\n" + rule
                + "Farsta   │ Starta en\n"
                + "         │ familjecentral\n"
                + "         │ i Farsta\n" + rule
                + "Älvsjö   │ Trygghet\n", table);
    }
}
