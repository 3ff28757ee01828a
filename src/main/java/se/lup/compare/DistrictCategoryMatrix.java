package se.lup.compare;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.lup.record.LupRecord;

/**
 * Which district has records in which theme category: one cell per (district, category) with the ids of the records
 * there. A record with several categories counts in each; records without a district are in the row
 * {@link #CITY_WIDE}; records without a category are only counted in {@code uncategorised}.
 */
public record DistrictCategoryMatrix(List<String> districts, List<String> categories, List<Cell> cells, int uncategorised) {
    public static final String CITY_WIDE = "(city-wide)";
    static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    public record Cell(String district, String category, int count, List<String> recordIds) {}

    public static DistrictCategoryMatrix of(List<LupRecord> records) {
        Map<String, Map<String, List<String>>> ids = new TreeMap<>(SWEDISH);
        TreeSet<String> categories = new TreeSet<>(SWEDISH);
        int uncategorised = 0;
        for (LupRecord r : records) {
            if (r.themeCategories().isEmpty()) {
                uncategorised++;
                continue;
            }
            Map<String, List<String>> row = ids.computeIfAbsent(districtOf(r), d -> new TreeMap<>(SWEDISH));
            for (String category : r.themeCategories()) {
                categories.add(category);
                row.computeIfAbsent(category, c -> new ArrayList<>()).add(r.id());
            }
        }
        List<Cell> cells = new ArrayList<>();
        ids.forEach((district, row) -> row.forEach((category, list) ->
                cells.add(new Cell(district, category, list.size(), List.copyOf(list)))));
        return new DistrictCategoryMatrix(List.copyOf(ids.keySet()), List.copyOf(categories), List.copyOf(cells),
                uncategorised);
    }

    /** The number of records of {@code district} in {@code category} (0 when none). */
    public int count(String district, String category) {
        return cells.stream().filter(c -> c.district().equals(district) && c.category().equals(category))
                .mapToInt(Cell::count).sum();
    }

    /** Counts by district and category, for table output. */
    public Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        districts.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        cells.forEach(c -> counts.get(c.district()).put(c.category(), c.count()));
        return counts;
    }

    static String districtOf(LupRecord record) {
        return record.district() == null ? CITY_WIDE : record.district();
    }
}
